/**
 * The `scan` event: show the login QR code in the terminal and the same code as a link, for
 * terminals too narrow for the code or when the operator logs in from another screen.
 */
import qrcodeTerminal from 'qrcode-terminal';
import { ScanStatus, qrcodeValueToImageUrl } from 'wechaty';
import type { Logger } from './log.js';

/** `print` receives the QR code art and the link; both belong on the operator's terminal. */
export function createScanHandler(print: (text: string) => void, log: Logger) {
  return (qrcode: string, status: ScanStatus): void => {
    if (status === ScanStatus.Waiting || status === ScanStatus.Timeout) {
      if (qrcode) qrcodeTerminal.generate(qrcode, { small: true }, (art) => print(art));
      print(`Scan with WeChat to log in: ${qrcodeValueToImageUrl(qrcode)}`);
      return;
    }
    log.info(`scan status ${ScanStatus[status] ?? status}`);
  };
}
