// Reading the viewer's DSM canvas as a user sees it: each cell's colour at its centre, and where a cell is on the screen.
import type { Page } from 'playwright-core';

export interface DsmCells {
  n: number;
  /** Cells coloured as honoured (blue) and given up (red): [row, column]. */
  honoured: [number, number][];
  givenUp: [number, number][];
}

/** Classifies the centre pixel of every visible cell of the page's DSM (run at a zoom where the whole matrix is visible). */
export function dsmCells(page: Page, n: number): Promise<DsmCells> {
  return page.evaluate((size) => {
    const canvas = document.querySelector('.dsm canvas') as HTMLCanvasElement;
    const cell = Number(canvas.dataset.cell);
    const head = Number(canvas.dataset.head);
    const dpr = canvas.width / canvas.clientWidth;
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    const honoured: [number, number][] = [];
    const givenUp: [number, number][] = [];
    for (let r = 0; r < size; r++) {
      for (let c = 0; c < size; c++) {
        const x = Math.floor((head + c * cell + cell / 2) * dpr);
        const y = Math.floor((head + r * cell + cell / 2) * dpr);
        const i = (y * pixels.width + x) * 4;
        const [red, , blue] = [pixels.data[i], pixels.data[i + 1], pixels.data[i + 2]];
        if (blue - red > 40) honoured.push([r, c]);
        else if (red - blue > 40) givenUp.push([r, c]);
      }
    }
    return { n: size, honoured, givenUp };
  }, n);
}

/** The page coordinates of a DSM cell's centre (scrolled to the top left). */
export async function cellCentre(page: Page, row: number, col: number): Promise<{ x: number; y: number }> {
  const box = (await page.locator('.dsm canvas').boundingBox())!;
  const [cell, head] = await page.locator('.dsm canvas').evaluate((c) => [Number(c.getAttribute('data-cell')), Number(c.getAttribute('data-head'))]);
  return { x: box.x + head + col * cell + cell / 2, y: box.y + head + row * cell + cell / 2 };
}

/** Moves the pointer over a DSM cell and returns the tooltip it shows. */
export async function tipAt(page: Page, row: number, col: number): Promise<string> {
  await page.locator('.dsm-box').evaluate((box) => box.scrollIntoView({ block: 'center' }));
  const { x, y } = await cellCentre(page, row, col);
  await page.mouse.move(x, y);
  await page.locator('.dsm-tip:not([hidden])').waitFor();
  return (await page.locator('.dsm-tip').textContent()) ?? '';
}
