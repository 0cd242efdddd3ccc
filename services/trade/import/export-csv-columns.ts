import { CRAFTS } from '../../shared/catalogue';

/** One column of an export figures CSV file. */
export interface ExportCsvColumn {
  readonly name: string;
  readonly required: boolean;
  readonly description: string;
}

/** The columns of an export figures CSV file, as docs/data.md documents them; the header row names them, in any order. */
export const EXPORT_CSV_COLUMNS: readonly ExportCsvColumn[] = [
  {
    name: 'period',
    required: true,
    description: 'A Persian solar year (`1403`) or a span of days `YYYY-MM-DD..YYYY-MM-DD`, both days included.',
  },
  {
    name: 'period_basis',
    required: false,
    description: '`STATED` (default) or `CURRENT_ANNUAL` for a figure described as the current annual level.',
  },
  { name: 'channel', required: true, description: '`CUSTOMS` or `SUITCASE`.' },
  {
    name: 'value_usd',
    required: true,
    description: 'US dollars, digits with at most two after the point (`224000000`, `1250.50`); zero or more.',
  },
  { name: 'precision', required: true, description: '`EXACT`, `APPROXIMATE` or `ESTIMATED`.' },
  { name: 'destination', required: false, description: 'ISO 3166-1 alpha-2 country code (`IQ`); empty for all destinations.' },
  {
    name: 'craft',
    required: false,
    description: `A craft slug (${CRAFTS.map((craft) => craft.slug).join(', ')}) or an HS code (\`570210\`, \`5702.10\`); empty for all crafts.`,
  },
  { name: 'province', required: false, description: 'ISO 3166-2:IR province code (`IR-02`); empty for all provinces.' },
  { name: 'source_title', required: true, description: 'Title of the report that states the figure.' },
  { name: 'source_publisher', required: true, description: 'Its publisher.' },
  { name: 'source_date', required: false, description: 'Its publication date `YYYY-MM-DD`.' },
  { name: 'source_url', required: false, description: 'Where it can be read (http or https).' },
  { name: 'note', required: false, description: "The report's own words for the figure." },
];
