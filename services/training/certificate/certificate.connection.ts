import { ConnectionType, KeysetOrder } from '../../shared/platform/paging';
import { Certificate } from './certificate.entity';
import { CertificateOrder } from './certificate.inputs';

/** A page of certificates. Certificates are personal, so it carries no public cache hint. */
export const CertificateConnection = ConnectionType(Certificate, 'Certificate', 'certificates');

function issueOrder(direction: 'ASC' | 'DESC'): KeysetOrder<Certificate> {
  return new KeysetOrder<Certificate>(
    [
      { sql: 'certificate.issued_on', type: 'date', valueOf: (certificate) => certificate.issuedOn },
      { sql: 'certificate.serial', type: 'text', valueOf: (certificate) => certificate.serial },
    ],
    direction,
  );
}

/** The keyset order of each `CertificateOrder`: by date of issue, then serial number (unique). */
export const CERTIFICATE_ORDERS: Readonly<Record<CertificateOrder, KeysetOrder<Certificate>>> = {
  [CertificateOrder.OLDEST_FIRST]: issueOrder('ASC'),
  [CertificateOrder.NEWEST_FIRST]: issueOrder('DESC'),
};
