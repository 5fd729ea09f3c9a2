"""Check the table `cmdpi_demo` wrote: CMDPI beats the question-only prior by at least 15 points overall and the
majority answer on closed questions, and scoring it with the test images shuffled costs it at least 15 points.

    python tools/check_demo.py runs/ci-demo/results.md
"""
import sys
from pathlib import Path


def rows(md: str) -> dict[str, list[float]]:
    "model -> [open, closed, overall] of the demo's markdown table."
    out = {}
    for line in md.splitlines():
        cells = [c.strip() for c in line.strip().strip('|').split('|')]
        if len(cells) == 4 and cells[0] not in ('model', '---'):
            try: out[cells[0]] = [float(c) for c in cells[1:]]
            except ValueError: pass
    return out


def main(path: str) -> None:
    r = rows(Path(path).read_text())
    model, prior = r['CMDPI (this run)'], r['question-only prior']
    majority = next(v for k, v in r.items() if k.startswith('majority answer'))
    shuffled = next(v for k, v in r.items() if 'shuffled' in k)
    checks = {f'overall {model[2]} >= question-only prior {prior[2]} + 15': model[2] >= prior[2] + 15,
              f'closed {model[1]} > majority answer {majority[1]}': model[1] > majority[1],
              f'overall {model[2]} >= images shuffled {shuffled[2]} + 15': model[2] >= shuffled[2] + 15}
    for c, ok in checks.items(): print(('ok    ' if ok else 'FAILED ') + c)
    if not all(checks.values()): sys.exit('the demo does not show CMDPI using the images')


if __name__ == '__main__':
    main(sys.argv[1])
