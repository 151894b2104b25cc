// Turns `--render=auto|dot|wasm|none` into the renderer that will run, or a clear E_RENDER error naming the fix.
import { ImportGraphError } from '../errors.js';
import { findExecutable } from './find-executable.js';
import type { Renderer, RendererChoice } from './render-types.js';

export interface SelectedRenderer {
  renderer: Renderer;
  /** Absolute path of Graphviz `dot` when `renderer` is `dot`. */
  dotPath?: string;
}

export const DOT_MISSING_MESSAGE =
  'Graphviz `dot` is not on PATH: install Graphviz (e.g. apt-get install graphviz) or use --render=wasm';

// `auto` prefers native dot (faster, the user's own Graphviz) and falls back to WebAssembly, which always works.
export function selectRenderer(choice: RendererChoice, pathEnv: string | undefined = process.env.PATH): SelectedRenderer {
  switch (choice) {
    case 'none':
      return { renderer: 'none' };
    case 'wasm':
      return { renderer: 'wasm' };
    case 'dot': {
      const dotPath = findExecutable('dot', pathEnv);
      if (dotPath === undefined) throw new ImportGraphError('E_RENDER', DOT_MISSING_MESSAGE);
      return { renderer: 'dot', dotPath };
    }
    case 'auto': {
      const dotPath = findExecutable('dot', pathEnv);
      return dotPath === undefined ? { renderer: 'wasm' } : { renderer: 'dot', dotPath };
    }
    default:
      throw new ImportGraphError('E_USAGE', `unknown renderer \`${String(choice)}\`: use auto, dot, wasm or none`);
  }
}
