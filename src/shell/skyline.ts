/** The title's picture: Canal City at night, brought in behind the HTML title once it has loaded (no engine needed). */

/**
 * Loads the skyline picture and fades it in behind the title, and lets the rain start (with the
 * picture, or without it if it cannot load: a missing picture is no reason to say anything). The
 * first paint has neither, so it is as quick as plain text.
 */
export function showSkyline(title: HTMLElement, url: string | undefined): void {
  const rain = (): void => title.classList.add('is-raining');
  if (!url) {
    rain();
    return;
  }
  const image = new Image();
  image.src = url;
  image
    .decode()
    .then(() => {
      title.style.setProperty('--skyline', `url("${url}")`);
      title.classList.add('has-skyline');
    })
    .catch(() => undefined) // the gradient stays
    .finally(rain);
}
