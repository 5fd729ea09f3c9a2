"""The README's speed table, from the committed benchmark files results/bench-*.json (written by cmdpi_bench --out).

    python tools/speed_table.py            # print it
    python tools/speed_table.py --write    # put it into nbs/index.ipynb between the speed-table markers
    python tools/speed_table.py --check    # exit 1 when the notebook's table differs from the files (CI)
"""
import json
from pathlib import Path
from index_section import sync

root = Path(__file__).resolve().parents[1]

def cell(r, kind, path):
    x = r['results'].get(f'{kind}/{path}')
    return '–' if x is None else f"{x['samples_per_s']:.1f}"

def gflop(r, kind):
    x = r['results'].get(f'{kind}/plain') or r['results'].get(f'{kind}/fast')
    return '–' if x is None else f"{x['gflop_per_sample']:.3g}"

def table() -> str:
    rows = ['| file | device | configuration | batch | pre-train plain / fast (samples/s) | GFLOP | fine-tune plain / fast | GFLOP '
            '| plain fine-tuning step | CMDPI step ÷ plain step | command |', '|' + '---|' * 11]
    for f in sorted((root / 'results').glob('bench-*.json')):
        r = json.loads(f.read_text())
        b = next(iter(r['results'].values()))['batch_size']
        ratio = r.get('cmdpi_step_over_plain_step')
        rows.append(f"| `{f.name}` | {r['device']} ({r['threads']} thread{'s' if r['threads'] > 1 else ''}) | {r['config']} "
                    f"({r['n_params_M']:.1f} M) | {b} | {cell(r, 'pretrain', 'plain')} / {cell(r, 'pretrain', 'fast')} | {gflop(r, 'pretrain')} "
                    f"| {cell(r, 'finetune', 'plain')} / {cell(r, 'finetune', 'fast')} | {gflop(r, 'finetune')} "
                    f"| {cell(r, 'plain_finetune', 'plain')} | {'–' if ratio is None else f'{ratio:.2f}'} | `{r.get('command') or ''}` |")
    return '\n'.join(rows)

if __name__ == '__main__':
    sync('speed-table', table(), 'tools/speed_table.py')
