// The credit line: "Tin, ảnh: ĐỨC HẠNH", "Bài và ảnh: …"; it closes the article, so what follows is
// the site's footer. A bare name on the last line ("Nguyệt Hà") is recognised by article.ts.
export const CREDIT_LINE = /^(?:tin|bài|ảnh|tin và ảnh|bài và ảnh|tin, ảnh|bài, ảnh)\s*:\s*\S.*$/iu;

export function recogniseCredit(line: string): string | undefined {
  return CREDIT_LINE.test(line.trim()) ? line.trim() : undefined;
}
