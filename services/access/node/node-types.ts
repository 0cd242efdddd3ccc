/**
 * The subgraphs that hold records with UUIDs as ids, each answering which of
 * its types an id names (`<subgraph>NodeTypes`, see `nodeTypesResolver`).
 */
export const NODE_SUBGRAPHS: readonly string[] = ['training', 'exhibitions', 'trade'];

/**
 * Every type that implements `Node`, with its description as the subgraph
 * that owns it gives it (composition would otherwise have to choose between
 * two): those whose records have UUIDs, as NODE_SUBGRAPHS name them (the
 * records that a root field such as `artisan(id:)` answers for any caller,
 * and those of public lists), and the catalogue's types with typed ids
 * (`Country:IQ`, decoded by `catalogueNodeType`).
 */
export const NODE_TYPES: Readonly<Record<string, string>> = {
  // training
  Agreement: 'A memorandum of understanding or other agreement between organisations.',
  Artisan:
    'A craftsperson who trains, earns certificates and exhibits. Every field but `id` and `listedPublicly` is personal: unless the artisan is listed publicly, a caller without the right to it gets null with a FORBIDDEN error (analysts and admins have it, and partner keys for artisans enrolled, and not withdrawn, in their courses).',
  CompetencyStandard: 'A competency standard: what a practitioner of a craft must be able to do; courses teach to it and exams assess it.',
  Course: 'A training course: who provides it, where and how it runs, and the exam and certificate it leads to.',
  Instructor: 'A person who teaches courses.',
  OfficialVisit: 'A visit of a delegation or of officials, and the talks held during it, as a report tells it.',
  Organization: 'A public body, company, university or other organisation active in the handicrafts sector.',
  TrainingCentre: 'A licensed private training centre or a skills hub.',
  // exhibitions
  Exhibition: 'A handicrafts exhibition or fair: where and when it is held, what it shows and who exhibits.',
  MarketingActivity: "An organisation's marketing of Iranian handicrafts (of a province, where stated), as a report tells it.",
  WorldCraftDesignation: 'A place in Iran designated a world craft city or village by the World Crafts Council, registered here by name.',
  // trade
  ExportFigure:
    'An export value reported or estimated by a source for a period, through one channel, optionally for one destination, craft and province. Sources that disagree each keep their own figure.',
  GrowthTarget: 'A growth target that a policy document sets for the sector, with the report that states it.',
  MarketSizeFigure: 'The value of a market (such as the global handicrafts market), as a source states it.',
  PolicyDocument: 'A plan or policy document for the handicrafts sector, as the reports tell of it.',
  Source:
    'A citation: the published report a real-world fact comes from. Who published it (`publisher`) is kept apart from the agencies it quotes (`credits`) and from who said what (`attributions` of each record).',
  YearSlogan: 'The slogan a Persian solar year is named by, which the reports cite for plans and agreements.',
  // the catalogue (typed ids)
  Country: 'A country, identified by its ISO 3166-1 alpha-2 code.',
  Craft: 'A handicraft discipline, such as kilim weaving or pottery.',
  Province: 'One of the 31 provinces of Iran.',
};
