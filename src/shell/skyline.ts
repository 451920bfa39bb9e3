/** The title's picture: Canal City at night, brought in behind the HTML title once it has loaded (no engine needed). */

/** Loads the skyline picture and fades it in behind the title; nothing happens if it cannot load. */
export function showSkyline(title: HTMLElement, url: string | undefined): void {
  if (!url) return;
  const image = new Image();
  image.src = url;
  image
    .decode()
    .then(() => {
      title.style.setProperty('--skyline', `url("${url}")`);
      title.classList.add('has-skyline');
    })
    .catch(() => undefined); // the gradient stays: a missing picture is no reason to say anything
}
