export interface Components {
  /** Component of each node. Tarjan numbers components sinks first: an edge u→v between components has comp[u] > comp[v]. */
  readonly comp: Int32Array;
  readonly count: number;
  /** 1 for components that hold a cycle: more than one node, or one node with an edge to itself. */
  readonly cyclic: Uint8Array;
}

/**
 * Tarjan's algorithm over a graph in compressed-row form (`outStart` has n+1
 * offsets into `outTarget`). Iterative with explicit stacks: scenarios reach
 * tens of thousands of nodes, far beyond a safe recursion depth.
 */
export function stronglyConnected(
  n: number,
  outStart: Int32Array,
  outTarget: Int32Array,
): Components {
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const callNode = new Int32Array(n);
  const callPos = new Int32Array(n);
  const comp = new Int32Array(n);
  let sp = 0;
  let counter = 0;
  let count = 0;
  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    let csp = 0;
    order[root] = low[root] = counter++;
    stack[sp++] = root;
    onStack[root] = 1;
    callNode[csp] = root;
    callPos[csp++] = outStart[root]!;
    while (csp > 0) {
      const v = callNode[csp - 1]!;
      const p = callPos[csp - 1]!;
      if (p < outStart[v + 1]!) {
        callPos[csp - 1] = p + 1;
        const w = outTarget[p]!;
        if (order[w] === -1) {
          order[w] = low[w] = counter++;
          stack[sp++] = w;
          onStack[w] = 1;
          callNode[csp] = w;
          callPos[csp++] = outStart[w]!;
        } else if (onStack[w] && order[w]! < low[v]!) low[v] = order[w]!;
        continue;
      }
      csp--;
      if (low[v] === order[v]) {
        let w: number;
        do {
          w = stack[--sp]!;
          onStack[w] = 0;
          comp[w] = count;
        } while (w !== v);
        count++;
      }
      if (csp > 0) {
        const u = callNode[csp - 1]!;
        if (low[v]! < low[u]!) low[u] = low[v]!;
      }
    }
  }
  const cyclic = new Uint8Array(count);
  for (let v = 0; v < n; v++)
    for (let p = outStart[v]!; p < outStart[v + 1]!; p++)
      if (comp[outTarget[p]!] === comp[v]) cyclic[comp[v]!] = 1;
  return { comp, count, cyclic };
}
