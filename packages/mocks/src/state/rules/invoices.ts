import { notFound, type Rule } from "../actions.js";

/** A one-page PDF naming the invoice: enough for a client to save and open. */
function statementPdf(invoiceId: string): Uint8Array {
  const text = `Partner Center mock invoice statement ${invoiceId}`.replace(/[()\\]/g, "");
  const stream = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("")}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

/**
 * An invoice's statement as a PDF (404 for an invoice that does not exist). The real document
 * is Microsoft's; the mock's is a one-page PDF that names the invoice.
 *
 * @see https://learn.microsoft.com/en-us/partner-center/developer/get-invoice-statement
 */
export const invoiceStatement: Rule = (call) => {
  const id = call.pathParameters.invoice_id as string;
  if (!call.store.get("invoices", id)) return notFound(call, "invoice_id", id, "invoice");
  return {
    status: call.operation.success.status,
    bytes: statementPdf(id),
    mediaType: "application/pdf",
    headers: { "Content-Disposition": `attachment; filename="${id}.pdf"` },
  };
};
