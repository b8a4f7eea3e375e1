/** A page as the server answered it. */
export interface PageAnswer {
  status: number;
  type: string | null;
  html: string;
}

export async function fetchPage(url: string): Promise<PageAnswer> {
  const res = await fetch(url);
  return { status: res.status, type: res.headers.get("content-type"), html: await res.text() };
}

/**
 * The editor page at `url` once the server draws its first paint: the
 * renderer starts in the background with the server, and a page asked for
 * before it is ready comes without one (as it should).
 */
export async function pageWithFirstPaint(url: string): Promise<PageAnswer> {
  for (let tries = 0; tries < 200; tries++) {
    const answer = await fetchPage(url);
    if (answer.html.includes('id="first-paint"')) return answer;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server never drew a first paint for ${url}`);
}
