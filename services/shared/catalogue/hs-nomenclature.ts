/**
 * The Harmonized System, 2022 edition: every chapter (2 digits), heading (4)
 * and subheading (6). Source: UN Comtrade's HS 2022 (H6) classification, as
 * republished under the ODC Public Domain Dedication and Licence 1.0 in the
 * `datasets/harmonized-system` data package (file data/harmonized-system.csv,
 * revision a3e0d10 of 2024-01-02, "version": "2022.0"); the section UN
 * Comtrade adds for "commodities not specified according to kind" (99, 9999,
 * 999999) is left out. Descriptions are UN Comtrade's short texts, not the
 * WCO's legal text; they are kept for the chapters and for the codes the craft
 * catalogue uses. Regenerate from that file when the edition changes.
 */

/** Chapters by code. */
const CHAPTERS: Readonly<Record<string, string>> = {
  '01': 'Animals; live',
  '02': 'Meat and edible meat offal',
  '03': 'Fish and crustaceans, molluscs and other aquatic invertebrates',
  '04': "Dairy produce; birds' eggs; natural honey; edible products of animal origin, not elsewhere specified or included",
  '05': 'Animal originated products; not elsewhere specified or included',
  '06': 'Trees and other plants, live; bulbs, roots and the like; cut flowers and ornamental foliage',
  '07': 'Vegetables and certain roots and tubers; edible',
  '08': 'Fruit and nuts, edible; peel of citrus fruit or melons',
  '09': 'Coffee, tea, mate and spices',
  '10': 'Cereals',
  '11': 'Products of the milling industry; malt, starches, inulin, wheat gluten',
  '12': 'Oil seeds and oleaginous fruits; miscellaneous grains, seeds and fruit, industrial or medicinal plants; straw and fodder',
  '13': 'Lac; gums, resins and other vegetable saps and extracts',
  '14': 'Vegetable plaiting materials; vegetable products not elsewhere specified or included',
  '15': 'Animal, vegetable or microbial fats and oils and their cleavage products; prepared edible fats; animal or vegetable waxes',
  '16': 'Meat, fish, crustaceans, molluscs or other aquatic invertebrates, or insects; preparations thereof',
  '17': 'Sugars and sugar confectionery',
  '18': 'Cocoa and cocoa preparations',
  '19': "Preparations of cereals, flour, starch or milk; pastrycooks' products",
  '20': 'Preparations of vegetables, fruit, nuts or other parts of plants',
  '21': 'Miscellaneous edible preparations',
  '22': 'Beverages, spirits and vinegar',
  '23': 'Food industries, residues and wastes thereof; prepared animal fodder',
  '24': 'Tobacco and manufactured tobacco substitutes; products, whether or not containing nicotine, intended for inhalation without combustion; other nicotine containing products intended for the intake of nicotine into the human body',
  '25': 'Salt; sulphur; earths, stone; plastering materials, lime and cement',
  '26': 'Ores, slag and ash',
  '27': 'Mineral fuels, mineral oils and products of their distillation; bituminous substances; mineral waxes',
  '28': 'Inorganic chemicals; organic and inorganic compounds of precious metals; of rare earth metals, of radio-active elements and of isotopes',
  '29': 'Organic chemicals',
  '30': 'Pharmaceutical products',
  '31': 'Fertilizers',
  '32': 'Tanning or dyeing extracts; tannins and their derivatives; dyes, pigments and other colouring matter; paints, varnishes; putty, other mastics; inks',
  '33': 'Essential oils and resinoids; perfumery, cosmetic or toilet preparations',
  '34': 'Soap, organic surface-active agents; washing, lubricating, polishing or scouring preparations; artificial or prepared waxes, candles and similar articles, modelling pastes, dental waxes and dental preparations with a basis of plaster',
  '35': 'Albuminoidal substances; modified starches; glues; enzymes',
  '36': 'Explosives; pyrotechnic products; matches; pyrophoric alloys; certain combustible preparations',
  '37': 'Photographic or cinematographic goods',
  '38': 'Chemical products n.e.c.',
  '39': 'Plastics and articles thereof',
  '40': 'Rubber and articles thereof',
  '41': 'Raw hides and skins (other than furskins) and leather',
  '42': 'Articles of leather; saddlery and harness; travel goods, handbags and similar containers; articles of animal gut (other than silk-worm gut)',
  '43': 'Furskins and artificial fur; manufactures thereof',
  '44': 'Wood and articles of wood; wood charcoal',
  '45': 'Cork and articles of cork',
  '46': 'Manufactures of straw, esparto or other plaiting materials; basketware and wickerwork',
  '47': 'Pulp of wood or other fibrous cellulosic material; recovered (waste and scrap) paper or paperboard',
  '48': 'Paper and paperboard; articles of paper pulp, of paper or paperboard',
  '49': 'Printed books, newspapers, pictures and other products of the printing industry; manuscripts, typescripts and plans',
  '50': 'Silk',
  '51': 'Wool, fine or coarse animal hair; horsehair yarn and woven fabric',
  '52': 'Cotton',
  '53': 'Vegetable textile fibres; paper yarn and woven fabrics of paper yarn',
  '54': 'Man-made filaments; strip and the like of man-made textile materials',
  '55': 'Man-made staple fibres',
  '56': 'Wadding, felt and nonwovens, special yarns; twine, cordage, ropes and cables and articles thereof',
  '57': 'Carpets and other textile floor coverings',
  '58': 'Fabrics; special woven fabrics, tufted textile fabrics, lace, tapestries, trimmings, embroidery',
  '59': 'Textile fabrics; impregnated, coated, covered or laminated; textile articles of a kind suitable for industrial use',
  '60': 'Fabrics; knitted or crocheted',
  '61': 'Apparel and clothing accessories; knitted or crocheted',
  '62': 'Apparel and clothing accessories; not knitted or crocheted',
  '63': 'Textiles, made up articles; sets; worn clothing and worn textile articles; rags',
  '64': 'Footwear; gaiters and the like; parts of such articles',
  '65': 'Headgear and parts thereof',
  '66': 'Umbrellas, sun umbrellas, walking-sticks, seat sticks, whips, riding crops; and parts thereof',
  '67': 'Feathers and down, prepared; and articles made of feather or of down; artificial flowers; articles of human hair',
  '68': 'Stone, plaster, cement, asbestos, mica or similar materials; articles thereof',
  '69': 'Ceramic products',
  '70': 'Glass and glassware',
  '71': 'Natural, cultured pearls; precious, semi-precious stones; precious metals, metals clad with precious metal, and articles thereof; imitation jewellery; coin',
  '72': 'Iron and steel',
  '73': 'Iron or steel articles',
  '74': 'Copper and articles thereof',
  '75': 'Nickel and articles thereof',
  '76': 'Aluminium and articles thereof',
  '78': 'Lead and articles thereof',
  '79': 'Zinc and articles thereof',
  '80': 'Tin; articles thereof',
  '81': 'Metals; n.e.c., cermets and articles thereof',
  '82': 'Tools, implements, cutlery, spoons and forks, of base metal; parts thereof, of base metal',
  '83': 'Metal; miscellaneous products of base metal',
  '84': 'Machinery and mechanical appliances, boilers, nuclear reactors; parts thereof',
  '85': 'Electrical machinery and equipment and parts thereof; sound recorders and reproducers; television image and sound recorders and reproducers, parts and accessories of such articles',
  '86': 'Railway, tramway locomotives, rolling-stock and parts thereof; railway or tramway track fixtures and fittings and parts thereof; mechanical (including electro-mechanical) traffic signalling equipment of all kinds',
  '87': 'Vehicles; other than railway or tramway rolling stock, and parts and accessories thereof',
  '88': 'Aircraft, spacecraft, and parts thereof',
  '89': 'Ships, boats and floating structures',
  '90': 'Optical, photographic, cinematographic, measuring, checking, medical or surgical instruments and apparatus; parts and accessories',
  '91': 'Clocks and watches and parts thereof',
  '92': 'Musical instruments; parts and accessories of such articles',
  '93': 'Arms and ammunition; parts and accessories thereof',
  '94': 'Furniture; bedding, mattresses, mattress supports, cushions and similar stuffed furnishings; lamps and lighting fittings, n.e.c.; illuminated signs, illuminated name-plates and the like; prefabricated buildings',
  '95': 'Toys, games and sports requisites; parts and accessories thereof',
  '96': 'Miscellaneous manufactured articles',
  '97': "Works of art; collectors' pieces and antiques",
};

/**
 * Headings by chapter, one line per chapter: `CC HH:ss,ss HH …` lists chapter
 * CC's headings CCHH, each with the last two digits of its subheadings (none
 * for a heading without subheadings).
 */
const HEADINGS = `
  01 01:21,29,30,90 02:21,29,31,39,90 03:10,91,92 04:10,20 05:11,12,13,14,15,94,99 06:11,12,13,14,19,20,31,32,33,39,41,49,90
  02 01:10,20,30 02:10,20,30 03:11,12,19,21,22,29 04:10,21,22,23,30,41,42,43,50 05:00 06:10,21,22,29,30,41,49,80,90 07:11,12,13,14,24,25,26,27,41,42,43,44,45,51,52,53,54,55,60 08:10,30,40,50,60,90 09:10,90 10:11,12,19,20,91,92,93,99
  03 01:11,19,91,92,93,94,95,99 02:11,13,14,19,21,22,23,24,29,31,32,33,34,35,36,39,41,42,43,44,45,46,47,49,51,52,53,54,55,56,59,71,72,73,74,79,81,82,83,84,85,89,91,92,99 03:11,12,13,14,19,23,24,25,26,29,31,32,33,34,39,41,42,43,44,45,46,49,51,53,54,55,56,57,59,63,64,65,66,67,68,69,81,82,83,84,89,91,92,99 04:31,32,33,39,41,42,43,44,45,46,47,48,49,51,52,53,54,55,56,57,59,61,62,63,69,71,72,73,74,75,79,81,82,83,84,85,86,87,88,89,91,92,93,94,95,96,97,99 05:20,31,32,39,41,42,43,44,49,51,52,53,54,59,61,62,63,64,69,71,72,79 06:11,12,14,15,16,17,19,31,32,33,34,35,36,39,91,92,93,94,95,99 07:11,12,19,21,22,29,31,32,39,42,43,49,51,52,59,60,71,72,79,81,82,83,84,87,88,91,92,99 08:11,12,19,21,22,29,30,90 09:10,90
  04 01:10,20,40,50 02:10,21,29,91,99 03:20,90 04:10,90 05:10,20,90 06:10,20,30,40,90 07:11,19,21,29,90 08:11,19,91,99 09:00 10:10,90
  05 01:00 02:10,90 04:00 05:10,90 06:10,90 07:10,90 08:00 10:00 11:10,91,99
  06 01:10,20 02:10,20,30,40,90 03:11,12,13,14,15,19,90 04:20,90
  07 01:10,90 02:00 03:10,20,90 04:10,20,90 05:11,19,21,29 06:10,90 07:00 08:10,20,90 09:20,30,40,51,52,53,54,55,56,59,60,70,91,92,93,99 10:10,21,22,29,30,40,80,90 11:20,40,51,59,90 12:20,31,32,33,34,39,90 13:10,20,31,32,33,34,35,39,40,50,60,90 14:10,20,30,40,50,90
  08 01:11,12,19,21,22,31,32 02:11,12,21,22,31,32,41,42,51,52,61,62,70,80,91,92,99 03:10,90 04:10,20,30,40,50 05:10,21,22,29,40,50,90 06:10,20 07:11,19,20 08:10,30,40 09:10,21,29,30,40 10:10,20,30,40,50,60,70,90 11:10,20,90 12:10,90 13:10,20,30,40,50 14:00
  09 01:11,12,21,22,90 02:10,20,30,40 03:00 04:11,12,21,22 05:10,20 06:11,19,20 07:10,20 08:11,12,21,22,31,32 09:21,22,31,32,61,62 10:11,12,20,30,91,99
  10 01:11,19,91,99 02:10,90 03:10,90 04:10,90 05:10,90 06:10,20,30,40 07:10,90 08:10,21,29,30,40,50,60,90
  11 01:00 02:20,90 03:11,13,19,20 04:12,19,22,23,29,30 05:10,20 06:10,20,30 07:10,20 08:11,12,13,14,19,20 09:00
  12 01:10,90 02:30,41,42 03:00 04:00 05:10,90 06:00 07:10,21,29,30,40,50,60,70,91,99 08:10,90 09:10,21,22,23,24,25,29,30,91,99 10:10,20 11:20,30,40,50,60,90 12:21,29,91,92,93,94,99 13:00 14:10,90
  13 01:20,90 02:11,12,13,14,19,20,31,32,39
  14 01:10,20,90 04:20,90
  15 01:10,20,90 02:10,90 03:00 04:10,20,30 05:00 06:00 07:10,90 08:10,90 09:20,30,40,90 10:10,90 11:10,90 12:11,19,21,29 13:11,19,21,29 14:11,19,91,99 15:11,19,21,29,30,50,60,90 16:10,20,30 17:10,90 18:00 20:00 21:10,90 22:00
  16 01:00 02:10,20,31,32,39,41,42,49,50,90 03:00 04:11,12,13,14,15,16,17,18,19,20,31,32 05:10,21,29,30,40,51,52,53,54,55,56,57,58,59,61,62,63,69
  17 01:12,13,14,91,99 02:11,19,20,30,40,50,60,90 03:10,90 04:10,90
  18 01:00 02:00 03:10,20 04:00 05:00 06:10,20,31,32,90
  19 01:10,20,90 02:11,19,20,30,40 03:00 04:10,20,30,90 05:10,20,31,32,40,90
  20 01:10,90 02:10,90 03:10,90 04:10,90 05:10,20,40,51,59,60,70,80,91,99 06:00 07:10,91,99 08:11,19,20,30,40,50,60,70,80,91,93,97,99 09:11,12,19,21,29,31,39,41,49,50,61,69,71,79,81,89,90
  21 01:11,12,20,30 02:10,20,30 03:10,20,30,90 04:10,20 05:00 06:10,90
  22 01:10,90 02:10,91,99 03:00 04:10,21,22,29,30 05:10,90 06:00 07:10,20 08:20,30,40,50,60,70,90 09:00
  23 01:10,20 02:10,30,40,50 03:10,20,30 04:00 05:00 06:10,20,30,41,49,50,60,90 07:00 08:00 09:10,90
  24 01:10,20,30 02:10,20,90 03:11,19,91,99 04:11,12,19,91,92,99
  25 01:00 02:00 03:00 04:10,90 05:10,90 06:10,20 07:00 08:10,30,40,50,60,70 09:00 10:10,20 11:10,20 12:00 13:10,20 14:00 15:11,12,20 16:11,12,20,90 17:10,20,30,41,49 18:10,20 19:10,90 20:10,20 21:00 22:10,20,30 23:10,21,29,30,90 24:10,90 25:10,20,30 26:10,20 28:00 29:10,21,22,30 30:10,20,90
  26 01:11,12,20 02:00 03:00 04:00 05:00 06:00 07:00 08:00 09:00 10:00 11:00 12:10,20 13:10,90 14:00 15:10,90 16:10,90 17:10,90 18:00 19:00 20:11,19,21,29,30,40,60,91,99 21:10,90
  27 01:11,12,19,20 02:10,20 03:00 04:00 05:00 06:00 07:10,20,30,40,50,91,99 08:10,20 09:00 10:12,19,20,91,99 11:11,12,13,14,19,21,29 12:10,20,90 13:11,12,20,90 14:10,90 15:00 16:00
  28 01:10,20,30 02:00 03:00 04:10,21,29,30,40,50,61,69,70,80,90 05:11,12,19,30,40 06:10,20 07:00 08:00 09:10,20 10:00 11:11,12,19,21,22,29 12:11,12,13,14,15,16,17,19,90 13:10,90 14:10,20 15:11,12,20,30 16:10,40 17:00 18:10,20,30 19:10,90 20:10,90 21:10,20 22:00 23:00 24:10,90 25:10,20,30,40,50,60,70,80,90 26:12,19,30,90 27:10,20,31,32,35,39,41,49,51,59,60 28:10,90 29:11,19,90 30:10,90 31:10,90 32:10,20,30 33:11,19,21,22,24,25,27,29,30,40 34:10,21,29 35:10,22,24,25,26,29,31,39 36:20,30,40,50,60,91,92,99 37:11,19,20 39:11,19,90 40:11,19,20,30 41:30,50,61,69,70,80,90 42:10,90 43:10,21,29,30,90 44:10,20,30,41,42,43,44,50 45:10,20,30,40,90 46:10,90 47:00 49:10,20,90 50:00 52:10,90 53:10,90
  29 01:10,21,22,23,24,29 02:11,19,20,30,41,42,43,44,50,60,70,90 03:11,12,13,14,15,19,21,22,23,29,41,42,43,44,45,46,47,48,49,51,59,61,62,69,71,72,73,74,75,76,77,78,79,81,82,83,89,91,92,93,94,99 04:10,20,31,32,33,34,35,36,91,99 05:11,12,13,14,16,17,19,22,29,31,32,39,41,42,43,44,45,49,51,59 06:11,12,13,19,21,29 07:11,12,13,15,19,21,22,23,29 08:11,19,91,92,99 09:11,19,20,30,41,43,44,49,50,60 10:10,20,30,40,50,90 11:00 12:11,12,19,21,29,41,42,49,50,60 13:00 14:11,12,13,19,22,23,29,31,39,40,50,61,62,69,71,79 15:11,12,13,21,24,29,31,32,33,36,39,40,50,60,70,90 16:11,12,13,14,15,16,19,20,31,32,34,39 17:11,12,13,14,19,20,32,33,34,35,36,37,39 18:11,12,13,14,15,16,17,18,19,21,22,23,29,30,91,99 19:10,90 20:11,19,21,22,23,24,29,30,90 21:11,12,13,14,19,21,22,29,30,41,42,43,44,45,46,49,51,59 22:11,12,14,15,16,17,18,19,21,29,31,39,41,42,43,44,49,50 23:10,20,30,40,90 24:11,12,19,21,23,24,25,29 25:11,12,19,21,29 26:10,20,30,40,90 27:00 28:00 29:10,90 30:10,20,30,40,60,70,80,90 31:10,20,41,42,43,44,45,46,47,48,49,51,52,53,54,59,90 32:11,12,13,14,19,20,91,92,93,94,95,96,99 33:11,19,21,29,31,32,33,34,35,36,37,39,41,49,52,53,54,55,59,61,69,71,72,79,91,92,99 34:10,20,30,91,92,99 35:10,20,30,40,50,90 36:21,22,23,24,25,26,27,28,29,90 37:11,12,19,21,22,23,29,50,90 38:10,90 39:11,19,20,30,41,42,43,44,45,49,51,59,61,62,63,69,72,79,80 40:00 41:10,20,30,40,50,90 42:00
  30 01:20,90 02:12,13,14,15,41,42,49,51,59,90 03:10,20,31,39,41,42,43,49,60,90 04:10,20,31,32,39,41,42,43,49,50,60,90 05:10,90 06:10,30,40,50,60,70,91,92,93
  31 01:00 02:10,21,29,30,40,50,60,80,90 03:11,19,90 04:20,30,90 05:10,20,30,40,51,59,60,90
  32 01:10,20,90 02:10,90 03:00 04:11,12,13,14,15,16,17,18,19,20,90 05:00 06:11,19,20,41,42,49,50 07:10,20,30,40 08:10,20,90 09:10,90 10:00 11:00 12:10,90 13:10,90 14:10,90 15:11,19,90
  33 01:12,13,19,24,25,29,30,90 02:10,90 03:00 04:10,20,30,91,99 05:10,20,30,90 06:10,20,90 07:10,20,30,41,49,90
  34 01:11,19,20,30 02:31,39,41,42,49,50,90 03:11,19,91,99 04:20,90 05:10,20,30,40,90 06:00 07:00
  35 01:10,90 02:11,19,20,90 03:00 04:00 05:10,20 06:10,91,99 07:10,90
  36 01:00 02:00 03:10,20,30,40,50,60 04:10,90 05:00 06:10,90
  37 01:10,20,30,91,99 02:10,31,32,39,41,42,43,44,52,53,54,55,56,96,97,98 03:10,20,90 04:00 05:00 06:10,90 07:10,90
  38 01:10,20,30,90 02:10,90 03:00 04:00 05:10,90 06:10,20,30,90 07:00 08:52,59,61,62,69,91,92,93,94,99 09:10,91,92,93 10:10,90 11:11,19,21,29,90 12:10,20,31,39 13:00 14:00 15:11,12,19,90 16:00 17:00 18:00 19:00 20:00 21:00 22:11,12,13,19,90 23:11,12,13,19,70 24:10,30,40,50,60,81,82,83,84,85,86,87,88,89,91,92,99 25:10,20,30,41,49,50,61,69,90 26:00 27:11,12,13,14,20,31,32,39,40,51,59,61,62,63,64,65,68,69,90
  39 01:10,20,30,40,90 02:10,20,30,90 03:11,19,20,30,90 04:10,21,22,30,40,50,61,69,90 05:12,19,21,29,30,91,99 06:10,90 07:10,21,29,30,40,50,61,69,70,91,99 08:10,90 09:10,20,31,39,40,50 10:00 11:10,20,90 12:11,12,20,31,39,90 13:10,90 14:00 15:10,20,30,90 16:10,20,90 17:10,21,22,23,29,31,32,33,39,40 18:10,90 19:10,90 20:10,20,30,43,49,51,59,61,62,63,69,71,73,79,91,92,93,94,99 21:11,12,13,14,19,90 22:10,20,90 23:10,21,29,30,40,50,90 24:10,90 25:10,20,30,90 26:10,20,30,40,90
  40 01:10,21,22,29,30 02:11,19,20,31,39,41,49,51,59,60,70,80,91,99 03:00 04:00 05:10,20,91,99 06:10,90 07:00 08:11,19,21,29 09:11,12,21,22,31,32,41,42 10:11,12,19,31,32,33,34,35,36,39 11:10,20,30,40,50,70,80,90 12:11,12,13,19,20,90 13:10,20,90 14:10,90 15:12,19,90 16:10,91,92,93,94,95,99 17:00
  41 01:20,50,90 02:10,21,29 03:20,30,90 04:11,19,41,49 05:10,30 06:21,22,31,32,40,91,92 07:11,12,19,91,92,99 12:00 13:10,20,30,90 14:10,20 15:10,20
  42 01:00 02:11,12,19,21,22,29,31,32,39,91,92,99 03:10,21,29,30,40 05:00 06:00
  43 01:10,30,60,80,90 02:11,19,20,30 03:10,90 04:00
  44 01:11,12,21,22,31,32,39,41,49 02:10,20,90 03:11,12,21,22,23,24,25,26,41,42,49,91,93,94,95,96,97,98,99 04:10,20 05:00 06:11,12,91,92 07:11,12,13,14,19,21,22,23,25,26,27,28,29,91,92,93,94,95,96,97,99 08:10,31,39,90 09:10,21,22,29 10:11,12,19,90 11:12,13,14,92,93,94 12:10,31,33,34,39,41,42,49,51,52,59,91,92,99 13:00 14:10,90 15:10,20 16:00 17:00 18:11,19,21,29,30,40,50,73,74,75,79,81,82,83,89,91,92,99 19:11,12,19,20,90 20:11,19,90 21:10,20,91,99
  45 01:10,90 02:00 03:10,90 04:10,90
  46 01:21,22,29,92,93,94,99 02:11,12,19,90
  47 01:00 02:00 03:11,19,21,29 04:11,19,21,29 05:00 06:10,20,30,91,92,93 07:10,20,30,90
  48 01:00 02:10,20,40,54,55,56,57,58,61,62,69 03:00 04:11,19,21,29,31,39,41,42,49,51,52,59 05:11,12,19,24,25,30,40,50,91,92,93 06:10,20,30,40 07:00 08:10,40,90 09:20,90 10:13,14,19,22,29,31,32,39,92,99 11:10,41,49,51,59,60,90 12:00 13:10,20,90 14:20,90 16:20,90 17:10,20,30 18:10,20,30,50,90 19:10,20,30,40,50,60 20:10,20,30,40,50,90 21:10,90 22:10,90 23:20,40,61,69,70,90
  49 01:10,91,99 02:10,90 03:00 04:00 05:20,90 06:00 07:00 08:10,90 09:00 10:00 11:10,91,99
  50 01:00 02:00 03:00 04:00 05:00 06:00 07:10,20,90
  51 01:11,19,21,29,30 02:11,19,20 03:10,20,30 04:00 05:10,21,29,31,39,40 06:10,20 07:10,20 08:10,20 09:10,90 10:00 11:11,19,20,30,90 12:11,19,20,30,90 13:00
  52 01:00 02:10,91,99 03:00 04:11,19,20 05:11,12,13,14,15,21,22,23,24,26,27,28,31,32,33,34,35,41,42,43,44,46,47,48 06:11,12,13,14,15,21,22,23,24,25,31,32,33,34,35,41,42,43,44,45 07:10,90 08:11,12,13,19,21,22,23,29,31,32,33,39,41,42,43,49,51,52,59 09:11,12,19,21,22,29,31,32,39,41,42,43,49,51,52,59 10:11,19,21,29,31,32,39,41,49,51,59 11:11,12,19,20,31,32,39,41,42,43,49,51,52,59 12:11,12,13,14,15,21,22,23,24,25
  53 01:10,21,29,30 02:10,90 03:10,90 05:00 06:10,20 07:10,20 08:10,20,90 09:11,19,21,29 10:10,90 11:00
  54 01:10,20 02:11,19,20,31,32,33,34,39,44,45,46,47,48,49,51,52,53,59,61,62,63,69 03:10,31,32,33,39,41,42,49 04:11,12,19,90 05:00 06:00 07:10,20,30,41,42,43,44,51,52,53,54,61,69,71,72,73,74,81,82,83,84,91,92,93,94 08:10,21,22,23,24,31,32,33,34
  55 01:11,19,20,30,40,90 02:10,90 03:11,19,20,30,40,90 04:10,90 05:10,20 06:10,20,30,40,90 07:00 08:10,20 09:11,12,21,22,31,32,41,42,51,52,53,59,61,62,69,91,92,99 10:11,12,20,30,90 11:10,20,30 12:11,19,21,29,91,99 13:11,12,13,19,21,23,29,31,39,41,49 14:11,12,19,21,22,23,29,30,41,42,43,49 15:11,12,13,19,21,22,29,91,99 16:11,12,13,14,21,22,23,24,31,32,33,34,41,42,43,44,91,92,93,94
  56 01:21,22,29,30 02:10,21,29,90 03:11,12,13,14,91,92,93,94 04:10,90 05:00 06:00 07:21,29,41,49,50,90 08:11,19,90 09:00
  57 01:10,90 02:10,20,31,32,39,41,42,49,50,91,92,99 03:10,21,29,31,39,90 04:10,20,90 05:00
  58 01:10,21,22,23,26,27,31,32,33,36,37,90 02:10,20,30 03:00 04:10,21,29,30 05:00 06:10,20,31,32,39,40 07:10,90 08:10,90 09:00 10:10,91,92,99 11:00
  59 01:10,90 02:10,20,90 03:10,20,90 04:10,90 05:00 06:10,91,99 07:00 08:00 09:00 10:00 11:10,20,31,32,40,90
  60 01:10,21,22,29,91,92,99 02:40,90 03:10,20,30,40,90 04:10,90 05:21,22,23,24,35,36,37,38,39,41,42,43,44,90 06:10,21,22,23,24,31,32,33,34,41,42,43,44,90
  61 01:20,30,90 02:10,20,30,90 03:10,22,23,29,31,32,33,39,41,42,43,49 04:13,19,22,23,29,31,32,33,39,41,42,43,44,49,51,52,53,59,61,62,63,69 05:10,20,90 06:10,20,90 07:11,12,19,21,22,29,91,99 08:11,19,21,22,29,31,32,39,91,92,99 09:10,90 10:11,12,19,20,30,90 11:20,30,90 12:11,12,19,20,31,39,41,49 13:00 14:20,30,90 15:10,21,22,29,30,94,95,96,99 16:10,91,92,93,99 17:10,80,90
  62 01:20,30,40,90 02:20,30,40,90 03:11,12,19,22,23,29,31,32,33,39,41,42,43,49 04:11,12,13,19,21,22,23,29,31,32,33,39,41,42,43,44,49,51,52,53,59,61,62,63,69 05:20,30,90 06:10,20,30,40,90 07:11,19,21,22,29,91,99 08:11,19,21,22,29,91,92,99 09:20,30,90 10:10,20,30,40,50 11:11,12,20,32,33,39,42,43,49 12:10,20,30,90 13:20,90 14:10,20,30,40,90 15:10,20,90 16:00 17:10,90
  63 01:10,20,30,40,90 02:10,21,22,29,31,32,39,40,51,53,59,60,91,93,99 03:12,19,91,92,99 04:11,19,20,91,92,93,99 05:10,20,32,33,39,90 06:12,19,22,29,30,40,90 07:10,20,90 08:00 09:00 10:10,90
  64 01:10,92,99 02:12,19,20,91,99 03:12,19,20,40,51,59,91,99 04:11,19,20 05:10,20,90 06:10,20,90
  65 01:00 02:00 04:00 05:00 06:10,91,99 07:00
  66 01:10,91,99 02:00 03:20,90
  67 01:00 02:10,90 03:00 04:11,19,20,90
  68 01:00 02:10,21,23,29,91,92,93,99 03:00 04:10,21,22,23,30 05:10,20,30 06:10,20,90 07:10,90 08:00 09:11,19,90 10:11,19,91,99 11:40,81,82,89 12:80,91,99 13:20,81,89 14:10,90 15:11,12,13,19,20,91,99
  69 01:00 02:10,20,90 03:10,20,90 04:10,90 05:10,90 06:00 07:21,22,23,30,40 09:11,12,19,90 10:10,90 11:10,90 12:00 13:10,90 14:10,90
  70 01:00 02:10,20,31,32,39 03:12,19,20,30 04:20,90 05:10,21,29,30 06:00 07:11,19,21,29 08:00 09:10,91,92 10:10,20,90 11:10,20,90 13:10,22,28,33,37,41,42,49,91,99 14:00 15:10,90 16:10,90 17:10,20,90 18:10,20,90 19:11,12,13,14,15,19,61,62,63,64,65,66,69,71,72,73,80,90 20:00
  71 01:10,21,22 02:10,21,29,31,39 03:10,91,99 04:10,21,29,91,99 05:10,90 06:10,91,92 07:00 08:11,12,13,20 09:00 10:11,19,21,29,31,39,41,49 11:00 12:30,91,92,99 13:11,19,20 14:11,19,20 15:10,90 16:10,20 17:11,19,90 18:10,90
  72 01:10,20,50 02:11,19,21,29,30,41,49,50,60,70,80,91,92,93,99 03:10,90 04:10,21,29,30,41,49,50 05:10,21,29 06:10,90 07:11,12,19,20 08:10,25,26,27,36,37,38,39,40,51,52,53,54,90 09:15,16,17,18,25,26,27,28,90 10:11,12,20,30,41,49,50,61,69,70,90 11:13,14,19,23,29,90 12:10,20,30,40,50,60 13:10,20,91,99 14:10,20,30,91,99 15:10,50,90 16:10,21,22,31,32,33,40,50,61,69,91,99 17:10,20,30,90 18:10,91,99 19:11,12,13,14,21,22,23,24,31,32,33,34,35,90 20:11,12,20,90 21:00 22:11,19,20,30,40 23:00 24:10,90 25:11,19,30,40,50,91,92,99 26:11,19,20,91,92,99 27:10,20,90 28:10,20,30,40,50,60,70,80 29:20,90
  73 01:10,20 02:10,30,40,90 03:00 04:11,19,22,23,24,29,31,39,41,49,51,59,90 05:11,12,19,20,31,39,90 06:11,19,21,29,30,40,50,61,69,90 07:11,19,21,22,23,29,91,92,93,99 08:10,20,30,40,90 09:00 10:10,21,29 11:00 12:10,90 13:00 14:12,14,19,20,31,39,41,42,49,50 15:11,12,19,20,81,82,89,90 16:00 17:00 18:11,12,13,14,15,16,19,21,22,23,24,29 19:40,90 20:10,20,90 21:11,12,19,81,82,89,90 22:11,19,90 23:10,91,92,93,94,99 24:10,21,29,90 25:10,91,99 26:11,19,20,90
  74 01:00 02:00 03:11,12,13,19,21,22,29 04:00 05:00 06:10,20 07:10,21,29 08:11,19,21,22,29 09:11,19,21,29,31,39,40,90 10:11,12,21,22 11:10,21,22,29 12:10,20 13:00 15:10,21,29,33,39 18:10,20 19:20,80
  75 01:10,20 02:10,20 03:00 04:00 05:11,12,21,22 06:10,20 07:11,12,20 08:10,90
  76 01:10,20 02:00 03:10,20 04:10,21,29 05:11,19,21,29 06:11,12,91,92 07:11,19,20 08:10,20 09:00 10:10,90 11:00 12:10,90 13:00 14:10,90 15:10,20 16:10,91,99
  78 01:10,91,99 02:00 04:11,19,20 06:00
  79 01:11,12,20 02:00 03:10,90 04:00 05:00 07:00
  80 01:10,20 02:00 03:00 07:00
  81 01:10,94,96,97,99 02:10,94,95,96,97,99 03:20,30,91,99 04:11,19,20,30,90 05:20,30,90 06:10,90 08:20,30,90 09:21,29,31,39,91,99 10:10,20,90 11:00 12:12,13,19,21,22,29,31,39,41,49,51,52,59,61,69,92,99 13:00
  82 01:10,30,40,50,60,90 02:10,20,31,39,40,91,99 03:10,20,30,40 04:11,12,20 05:10,20,30,40,51,59,60,70,90 06:00 07:13,19,20,30,40,50,60,70,80,90 08:10,20,30,40,90 09:00 10:00 11:10,91,92,93,94,95 12:10,20,90 13:00 14:10,20,90 15:10,20,91,99
  83 01:10,20,30,40,50,60,70 02:10,20,30,41,42,49,50,60 03:00 04:00 05:10,20,90 06:10,21,29,30 07:10,90 08:10,20,90 09:10,90 10:00 11:10,20,30,90
  84 01:10,20,30,40 02:11,12,19,20,90 03:10,90 04:10,20,90 05:10,90 06:10,81,82,90 07:10,21,29,31,32,33,34,90 08:10,20,90 09:10,91,99 10:11,12,13,90 11:11,12,21,22,81,82,91,99 12:10,21,29,31,39,80,90 13:11,19,20,30,40,50,60,70,81,82,91,92 14:10,20,30,40,51,59,60,70,80,90 15:10,20,81,82,83,90 16:10,20,30,90 17:10,20,80,90 18:10,21,29,30,40,50,61,69,91,99 19:11,12,19,20,33,34,35,39,40,50,60,81,89,90 20:10,91,99 21:11,12,19,21,22,23,29,31,32,39,91,99 22:11,19,20,30,40,90 23:10,20,30,81,82,89,90 24:10,20,30,41,49,82,89,90 25:11,19,31,39,41,42,49 26:11,12,19,20,30,41,49,91,99 27:10,20,90 28:10,20,31,32,33,39,40,60,70,90 29:11,19,20,30,40,51,52,59 30:10,20,31,39,41,49,50,61,69 31:10,20,31,39,41,42,43,49 32:10,21,29,31,39,41,42,80,90 33:11,19,20,30,40,51,52,53,59,60,90 34:10,20,90 35:10,90 36:10,21,29,80,91,99 37:10,80,90 38:10,20,30,40,50,60,80,90 39:10,20,30,91,99 40:10,90 41:10,20,30,40,80,90 42:30,40,50 43:11,12,13,14,15,16,17,19,31,32,39,91,99 44:00 45:11,12,13,19,20,30,40,90 46:10,21,29,30 47:11,12,20,90 48:11,19,20,31,32,33,39,42,49,51,59 49:00 50:11,12,19,20,90 51:10,21,29,30,40,50,80,90 52:10,21,29,30,90 53:10,20,80,90 54:10,20,30,90 55:10,21,22,30,90 56:11,12,20,30,40,50,90 57:10,20,30 58:11,19,91,99 59:10,21,29,31,39,41,49,51,59,61,69,70 60:12,19,22,23,24,29,31,39,40,90 61:20,30,40,50,90 62:11,19,22,23,24,25,26,29,32,33,39,42,49,51,59,61,62,63,69,90 63:10,20,30,90 64:10,20,90 65:10,20,91,92,93,94,95,96,99 66:10,20,30,91,92,93,94 67:11,19,21,22,29,81,89,91,92,99 68:10,20,80,90 70:10,21,29,30,50,90 71:30,41,49,50,60,70,80,90 72:10,30,90 73:21,29,30,40,50 74:10,20,31,32,39,80,90 75:10,21,29,90 76:21,29,81,89,90 77:10,20,30,40,51,59,80,90 78:10,90 79:10,20,30,40,50,60,71,79,81,82,83,89,90 80:10,20,30,41,49,50,60,71,79 81:10,20,30,40,80,90 82:10,20,30,40,50,80,91,99 83:10,20,30,40,50,60,90 84:10,20,90 85:10,20,30,80,90 86:10,20,30,40,90 87:10,90
  85 01:10,20,31,32,33,34,40,51,52,53,61,62,63,64,71,72,80 02:11,12,13,20,31,39,40 03:00 04:10,21,22,23,31,32,33,34,40,50,90 05:11,19,20,90 06:10,30,40,50,60,80,90 07:10,20,30,50,60,80,90 08:11,19,60,70 09:40,80,90 10:10,20,30,90 11:10,20,30,40,50,80,90 12:10,20,30,40,90 13:10,90 14:11,19,20,31,32,39,40,90 15:11,19,21,29,31,39,80,90 16:10,21,29,31,32,33,40,50,60,71,72,79,80,90 17:11,13,14,18,61,62,69,71,79 18:10,21,22,29,30,40,50,90 19:20,30,81,89 21:10,90 22:10,90 23:21,29,41,49,51,52,59,80 24:11,12,19,91,92,99 25:50,60,81,82,83,89 26:10,91,92 27:12,13,19,21,29,91,92,99 28:42,49,52,59,62,69,71,72,73 29:10,90 30:10,80,90 31:10,20,80,90 32:10,21,22,23,24,25,29,30,90 33:10,21,29,31,39,40,90 34:00 35:10,21,29,30,40,90 36:10,20,30,41,49,50,61,69,70,90 37:10,20 38:10,90 39:10,21,22,29,31,32,39,41,49,51,52,90 40:11,12,20,40,60,71,79,81,89,91,99 41:10,21,29,30,41,42,43,49,51,59,60,90 42:31,32,33,39,90 43:10,20,30,40,70,90 44:11,19,20,30,42,49,60,70 45:11,19,20,90 46:10,20,90 47:10,20,90 48:00 49:11,12,13,14,19,21,29,31,39,91,99
  86 01:10,20 02:10,90 03:10,90 04:00 05:00 06:10,30,91,92,99 07:11,12,19,21,29,30,91,99 08:00 09:00
  87 01:10,21,22,23,24,29,30,91,92,93,94,95 02:10,20,30,40,90 03:10,21,22,23,24,31,32,33,40,50,60,70,80,90 04:10,21,22,23,31,32,41,42,43,51,52,60,90 05:10,20,30,40,90 06:00 07:10,90 08:10,21,22,29,30,40,50,70,80,91,92,93,94,95,99 09:11,19,90 10:00 11:10,20,30,40,50,60,90 12:00 13:10,90 14:10,20,91,92,93,94,95,96,99 15:00 16:10,20,31,39,40,80,90
  88 01:00 02:11,12,20,30,40,60 04:00 05:10,21,29 06:10,21,22,23,24,29,91,92,93,94,99 07:10,20,30,90
  89 01:10,20,30,90 02:00 03:11,12,19,21,22,23,31,32,33,93,99 04:00 05:10,20,90 06:10,90 07:10,90 08:00
  90 01:10,20,30,40,50,90 02:11,19,20,90 03:11,19,90 04:10,90 05:10,80,90 06:30,40,53,59,61,69,91,99 07:10,20,91,92 08:50,90 10:10,50,60,90 11:10,20,80,90 12:10,90 13:10,20,80,90 14:10,20,80,90 15:10,20,30,40,80,90 16:00 17:10,20,30,80,90 18:11,12,13,14,19,20,31,32,39,41,49,50,90 19:10,20 20:00 21:10,21,29,31,39,40,50,90 22:12,13,14,19,21,29,30,90 23:00 24:10,80,90 25:11,19,80,90 26:10,20,80,90 27:10,20,30,50,81,89,90 28:10,20,30,90 29:10,20,90 30:10,20,31,32,33,39,40,82,84,89,90 31:10,20,41,49,80,90 32:10,20,81,89,90 33:00
  91 01:11,19,21,29,91,99 02:11,12,19,21,29,91,99 03:10,90 04:00 05:11,19,21,29,91,99 06:10,90 07:00 08:11,12,19,20,90 09:10,90 10:11,12,19,90 11:10,20,80,90 12:20,90 13:10,20,90 14:30,40,90
  92 01:10,20,90 02:10,90 05:10,90 06:00 07:10,90 08:10,90 09:30,91,92,94,99
  93 01:10,20,90 02:00 03:10,20,30,90 04:00 05:10,20,91,99 06:21,29,30,90 07:00
  94 01:10,20,31,39,41,49,52,53,59,61,69,71,79,80,91,99 02:10,90 03:10,20,30,40,50,60,70,82,83,89,91,99 04:10,21,29,30,40,90 05:11,19,21,29,31,39,41,42,49,50,61,69,91,92,99 06:10,20,90
  95 03:00 04:20,30,40,50,90 05:10,90 06:11,12,19,21,29,31,32,39,40,51,59,61,62,69,70,91,99 07:10,20,30,90 08:10,21,22,23,24,25,26,29,30,40
  96 01:10,90 02:00 03:10,21,29,30,40,50,90 04:00 05:00 06:10,21,22,29,30 07:11,19,20 08:10,20,30,40,50,60,91,99 09:10,20,90 10:00 11:00 12:10,20 13:10,20,80,90 14:00 15:11,19,90 16:10,20 17:00 18:00 19:00 20:00
  97 01:21,22,29,91,92,99 02:10,90 03:10,90 04:00 05:10,21,22,29,31,39 06:10,90
`;

/** Descriptions of the headings and subheadings the craft catalogue uses. */
const DESCRIPTIONS: Readonly<Record<string, string>> = {
  '4202':
    'Trunks; suit, camera, jewellery, cutlery cases; travel, tool, similar bags; wholly or mainly covered by leather, composition leather, plastic sheeting, textile materials, vulcanised fibre, paperboard',
  '420221':
    'Cases and containers; handbags (whether or not with shoulder strap and including those without handle), with outer surface of leather or of composition leather',
  '4205': 'Leather or composition leather articles n.e.c. in chapter 42',
  '420500': 'Leather articles; n.e.c. in chapter 42, of leather or composition leather',
  '4419': 'Tableware and kitchenware, of wood',
  '4420':
    'Wood marquetry and inlaid wood; caskets and cases for jewellery or cutlery, and similar articles of wood; statuettes and other ornaments of wood; wooden articles of furniture not falling in chapter 94',
  '4601':
    'Plaits and similar products of plaiting materials, assembled into strips or not; plaiting materials, plaits and the like bound together in parallel strands or woven in sheet form, finished articles or not',
  '5208': 'Woven fabrics of cotton, containing 85% or more by weight of cotton, weighing not more than 200 g/m2',
  '5701': 'Carpets and other textile floor coverings; knotted, whether or not made up',
  '570110': 'Carpets and other textile floor coverings; knotted, of wool or fine animal hair, whether or not made up',
  '570190':
    'Carpets and other textile floor coverings; knotted, of textile materials (other than wool or fine animal hair), whether or not made up',
  '5702':
    'Carpets and other textile floor coverings; woven, (not tufted or flocked), whether or not made up, including kelem, schumacks, karamanie and similar hand-woven rugs',
  '570210':
    'Carpets and other textile floor coverings; woven, (not tufted or flocked), whether or not made up, including kelem, schumacks, karamanie and similar hand-woven rugs',
  '6110': 'Jerseys, pullovers, cardigans, waistcoats and similar articles; knitted or crocheted',
  '6912': 'Ceramic tableware, kitchenware, other household articles and toilet articles; other than of porcelain or china',
  '691200': 'Ceramic tableware, kitchenware, other household articles and toilet articles; other than of porcelain or china',
  '6913': 'Statuettes and other ornamental ceramic articles',
  '691310': 'Ceramic statuettes and other ornamental ceramic articles, of porcelain or china',
  '691390': 'Ceramic statuettes and other ornamental ceramic articles; other than of porcelain or china',
  '7113': 'Jewellery articles and parts thereof, of precious metal or of metal clad with precious metal',
  '7117': 'Imitation jewellery',
  '7418':
    'Copper; table, kitchen or other household articles and parts thereof; pot scourers, scouring, polishing pads, gloves and the like; sanitary ware and parts thereof',
  '9503':
    "Tricycles, scooters, pedal cars and similar wheeled toys; dolls' carriages; dolls; other toys; reduced-size (scale) models and similar recreational models, working or not; puzzles of all kinds",
  '950300':
    "Tricycles, scooters, pedal cars and similar wheeled toys; dolls' carriages; dolls; other toys; reduced-size (scale) models and similar recreational models, working or not; puzzles of all kinds",
};

const CODES: ReadonlySet<string> = new Set(
  HEADINGS.trim()
    .split('\n')
    .flatMap((line) => {
      const [chapter, ...headings] = line.trim().split(' ');
      return [
        chapter,
        ...headings.flatMap((entry) => {
          const [heading, subheadings = ''] = entry.split(':');
          return [
            `${chapter}${heading}`,
            ...subheadings
              .split(',')
              .filter(Boolean)
              .map((suffix) => `${chapter}${heading}${suffix}`),
          ];
        }),
      ];
    }),
);

/** The HS nomenclature this graph checks codes against: its edition, where it comes from, and lookups. */
export const HS_NOMENCLATURE = {
  edition: 'HS 2022',
  source:
    "UN Comtrade's HS 2022 (H6) classification, from the `datasets/harmonized-system` data package (ODC-PDDL-1.0), file data/harmonized-system.csv at revision a3e0d10 (2024-01-02)",
  /** Whether `code` (digits only) is a chapter, heading or subheading of the edition. */
  has(code: string): boolean {
    return CODES.has(code);
  },
  /** Returns the description of `code`, or of its chapter when only that is kept; null for a code that is not in the edition. */
  describe(code: string): string | null {
    if (!CODES.has(code)) {
      return null;
    }
    return DESCRIPTIONS[code] ?? CHAPTERS[code] ?? `${CHAPTERS[code.slice(0, 2)]} (chapter ${code.slice(0, 2)})`;
  },
};
