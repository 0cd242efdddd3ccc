import { catalogueNodeType } from './catalogue-node-type';
import { findCountry } from './countries';
import { CRAFTS } from './crafts';
import { PROVINCES } from './provinces';
import { catalogueReferenceResolvers } from './reference-resolvers';

describe('catalogueNodeType', () => {
  it('names the type of every catalogue record by the id the record gives', () => {
    expect(PROVINCES.map((province) => catalogueNodeType(province.id))).toEqual(PROVINCES.map(() => 'Province'));
    expect(CRAFTS.map((craft) => catalogueNodeType(craft.id))).toEqual(CRAFTS.map(() => 'Craft'));
    expect(catalogueNodeType(findCountry('iq')!.id)).toBe('Country');
    expect([PROVINCES[2].id, CRAFTS[0].id, findCountry('IQ')?.id]).toEqual(['Province:IR-02', `Craft:${CRAFTS[0].slug}`, 'Country:IQ']);
  });

  it('answers null for an id written otherwise, of another type, or naming nothing', () => {
    for (const id of ['Country:iq', 'Country:ZZ', 'Province:IR-31', 'Craft:', 'Artisan:IR', 'constructor:x', 'toString:IR', 'IR', '']) {
      expect({ id, type: catalogueNodeType(id) }).toEqual({ id, type: null });
    }
  });
});

describe('catalogueReferenceResolvers', () => {
  it('find a record by its natural key or by its id, and nothing by an id of another type', () => {
    expect(catalogueReferenceResolvers.Province.__resolveReference({ code: 'IR-02' })?.name).toBe('Mazandaran');
    expect(catalogueReferenceResolvers.Province.__resolveReference({ id: 'Province:IR-02' })?.name).toBe('Mazandaran');
    expect(catalogueReferenceResolvers.Craft.__resolveReference({ id: 'Craft:kilim' })?.slug).toBe('kilim');
    expect(catalogueReferenceResolvers.Country.__resolveReference({ id: 'Country:IQ' })?.code).toBe('IQ');
    expect(catalogueReferenceResolvers.Country.__resolveReference({ id: 'Province:IR-02' })).toBeNull();
  });
});
