"""The speed table of the results page (nbs/results.ipynb), from the committed benchmark files results/<setting>/bench*.json
(written by cmdpi_bench --out).

    python tools/speed_table.py            # print it
    python tools/speed_table.py --write    # put it into nbs/results.ipynb between the speed-table markers
    python tools/speed_table.py --check    # exit 1 when the notebook's table differs from the files (CI)
"""
import json
from pathlib import Path
from index_section import sync

root = Path(__file__).resolve().parents[1]
STEPS = dict(pretrain='pre-training (captions + VQA)', pretrain_vqa='pre-training on VQA, per question',
             pretrain_vqa_grouped='pre-training on VQA, grouped by image', finetune='CMDPI fine-tuning, per question',
             finetune_grouped='CMDPI fine-tuning, grouped by image', plain_finetune='plain fine-tuning')

def files() -> list[Path]:
    return sorted((root / 'results').glob('*/bench*.json'))

def num(x, f='.1f', scale=1.) -> str: return '–' if x is None else format(x * scale, f)

def row(f: Path, r: dict, kind: str) -> str:
    res = {p: r['results'].get(f'{kind}/{p}') for p in ('plain', 'bf16', 'fast')}
    any_ = next(v for v in res.values() if v)
    k = r.get('questions_per_image', 1) if kind.endswith('_grouped') else 1
    qps = ' / '.join(num(v and v['samples_per_s']) for v in res.values())
    bs = ' / '.join(str(v['batch_size']) if v else '–' for v in res.values())
    mfu = num(res['fast']['mfu'] if res['fast'] and res['fast']['bf16'] else None, '.1f', 100.)       # MFU against a GPU's peak: GPU rows only
    size = f" ({r['n_params_M']:.1f} M)" if 'n_params_M' in r else ''
    mem = ' / '.join(num(v and v['peak_mem_gib']) for v in (res['plain'], res['fast']))
    return (f"| `{f.relative_to(root / 'results')}` | {r['device']} ({r['threads']} thread{'s' if r['threads'] > 1 else ''}) "
            f"| {r['config']}{size} | {STEPS[kind]} | {k} | {bs} | {qps} | {any_['gflop_per_sample']:.3g} "
            f"| {mfu} | {mem} |")

def table() -> str:
    rows = ['| file | device | configuration | step | questions per image | batch plain / bf16 / fast | questions/s plain / bf16 / fast '
            '| GFLOP per question | MFU fast (%) | peak GiB plain / fast |', '|' + '---|' * 10]
    notes = []
    for f in files():
        r = json.loads(f.read_text())
        kinds = list(dict.fromkeys(k.split('/')[0] for k in r['results']))
        rows += [row(f, r, k) for k in kinds]
        res, grouped = r['results'], {'finetune_grouped': 'finetune', 'pretrain_vqa_grouped': 'pretrain_vqa'}
        g = {f'{gk}/{p}': dict(gflop_ratio=res[f'{gk}/{p}']['gflop_per_sample'] / res[f'{k}/{p}']['gflop_per_sample'],
                               speedup=res[f'{gk}/{p}']['samples_per_s'] / res[f'{k}/{p}']['samples_per_s'])
             for gk, k in grouped.items() for p in ('plain', 'bf16', 'fast')
             if (res.get(f'{gk}/{p}') or {}).get('samples_per_s') and (res.get(f'{k}/{p}') or {}).get('samples_per_s')}
        ratios = '; '.join(f"{STEPS[k.split('/')[0]].split(',')[0]}, {k.split('/')[1]} path: {v['gflop_ratio']:.2f} of the GFLOP "
                           f"per question, {v['speedup']:.2f}× the questions/s" for k, v in g.items())
        ratio = r.get('cmdpi_step_over_plain_step')
        notes.append(f"- `{f.relative_to(root / 'results')}`: `{r.get('command') or ''}`"
                     + (f"; grouped by image (k = {r['questions_per_image']}) against per question: {ratios}" if ratios else '')
                     + (f"; a CMDPI fine-tuning step takes {ratio:.2f} plain fine-tuning steps" if ratio else '') + '.')
    return '\n'.join(rows) + '\n\n' + '\n'.join(notes)

if __name__ == '__main__':
    sync('speed-table', table(), 'tools/speed_table.py')
