/**
 * A QR code of a contact's vCard, for a visitor's phone camera. Rendered to a PNG data URL
 * (the CSP allows `img-src data:`), shown as an <img> with a text alternative.
 */
import QRCode from 'qrcode';
import { useCallback } from 'react';
import { useAnswer } from '../../useAnswer';
import { toVCard, type VCardInput } from './vcard';

interface Props {
  card: VCardInput;
  alt: string;
}

export function ContactQr({ card, alt }: Props) {
  const text = toVCard(card);
  const draw = useCallback(
    () => QRCode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 1, width: 220 }),
    [text],
  );
  const src = useAnswer(draw);
  if (src === undefined || src === null) {
    return <div className="qr-placeholder" aria-hidden="true" />;
  }
  return <img className="qr" src={src} alt={alt} width={220} height={220} />;
}
