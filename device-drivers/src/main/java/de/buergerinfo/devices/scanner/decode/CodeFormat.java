package de.buergerinfo.devices.scanner.decode;

/**
 * The two-dimensional code kinds the terminal decodes from pictures. No 1D formats: they have weak
 * checksums, and on photos without any code ZXing reads them out of shelves and text (see {@link
 * CodeDecoder}).
 */
public enum CodeFormat {
  QR_CODE,
  DATA_MATRIX
}
