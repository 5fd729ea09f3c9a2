"""The results tables, from the committed study files results/<setting>/<folder>/<study>.json (written by cmdpi_ablate)
and the per-run results.json beside them (written by evaluate_checkpoint); also the figures
results/<setting>/data-efficiency.png and <folder>/pretrain-data.png.

Each table is a named section: `cpu-small/<folder>` for a study folder, `cpu-small/data-efficiency` and
`cpu-small/peers-protocol` for the tables that set several folders side by side, `cpu-small/budgets-<dataset>` for the
budget study (made by its own script, `OWN_TABLES`), `gpu-h200/<dataset>` for a single GPU run, and `headline` for the
README's one table (SLAKE, each method at the budget its own search chose). Each lives in nbs/results.ipynb (the results
page) or nbs/index.ipynb (the README) between `<!-- results-table:NAME:start -->` and `<!-- results-table:NAME:end -->`.
Two folder names have a meaning: `<dataset>-best` holds a budget chosen on validation data (its own table, not a
data-efficiency row) and `<dataset>-mechanism*` a mechanism study (one table per folder).

    python tools/results_table.py            # print the tables
    python tools/results_table.py --write    # put them between their markers; draw the figures
    python tools/results_table.py --check    # exit 1 when a notebook's tables differ from the files, or a table has no place (CI)
"""
import re, json, math, statistics
from pathlib import Path
from index_section import sync_sections
from cmdpi.ablate import STUDIES, PT_METHODS, PT_FRACTIONS
from cmdpi.eval import PAPER_TABLES

root = Path(__file__).resolve().parents[1]
results = root / 'results'
ORDER = ['CMDPI', 'CMDPI w/o pre-training', 'plain fine-tuning', 'image-blind']
EFF_DIFFS = [('CMDPI', 'plain fine-tuning'), ('CMDPI', 'CMDPI w/o pre-training'), ('CMDPI', 'image-blind')]
MECH_DIFFS = [('w/o both', 'CMDPI'), ('w/o diff. rec.', 'CMDPI'), ('w/o head mixup', 'CMDPI'), ('w/o both', 'plain fine-tuning'),
              ('answer from undeviated', 'CMDPI'), ('answer from undeviated', 'w/o diff. rec.'),
              ('answer from undeviated, w/o head mixup', 'w/o both')]
WHAT = {'finetune': "Fig. 8's fine-tuning ablation", 'pretrain': "Fig. 7's pre-training ablation",
        'answer_input': 'CMDPI with the answer read from the undeviated features (with and w/o head mixup)',
        'pt_data': 'pre-training data efficiency',
        'grouped': 'CMDPI w/o pre-training with per-question batches (k=1) and with batches of whole images, each encoded once (k questions per image)'}

HEADLINE = ('cpu-small', 'slake-best')          # the README's table: the SLAKE budget chosen on validate.json

def slug(name: str) -> str:
    "A variant's folder name in results/ (as results/tools/collect_results.py names it): 'CMDPI w/o pre-training' -> cmdpi-wo-pre-training."
    return re.sub(r'[^a-z0-9]+', '-', name.lower().replace('w/o', 'wo')).strip('-')

def run_dir(folder: Path, name: str, seed: int) -> Path:
    "The results folder of variant `name`, seed `seed`, of the study in `folder`."
    return Path(folder) / f'{slug(name)}-seed{seed}'

def nan(x): return x is None or (isinstance(x, float) and math.isnan(x))
def pm(s) -> str: return '–' if nan(s['mean']) else f"{s['mean']:.1f}" + ('' if nan(s['std']) else f" ± {s['std']:.1f}")

OWN_TABLES = {'budgets': results / 'cpu-small' / 'budgets' / 'budgets_table.py'}   # folders whose tables their own script makes

def studies():
    "(setting, folder, study json) for every study file, in a stable order (but those of a folder in `OWN_TABLES`)."
    for f in sorted(results.glob('*/*/*.json')):
        if f.parent.name in OWN_TABLES: continue
        st = json.loads(f.read_text())
        if 'summary' in st and 'study' in st: yield f.parent.parent.name, f.parent, st

def own_tables(name: str):
    "The module of a folder's own table script (`OWN_TABLES`)."
    import importlib.util
    spec = importlib.util.spec_from_file_location(f'{name}_table', OWN_TABLES[name]); m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m); return m

def run(folder: Path, name: str, seed: int) -> dict:
    return json.loads((run_dir(folder, name, seed) / 'results.json').read_text())

def bname(st, k):
    answers = sorted({b['answer'] for b in st['baselines'][k] if 'answer' in b})
    return f"{k} ('{', '.join(answers)}')" if answers else k

def selection(st) -> str:
    if st.get('peers_protocol'): return "the test split itself (the peers' protocol, vocabulary of train and test)"
    if st.get('holdout') and st.get('holdout_by') == 'question':
        return f"{st['holdout']:.0%} of the training questions held out by question (their images still trained on, as the test's are)"
    if st.get('holdout'): return f"{st['holdout']:.0%} of the training images held out"
    return 'validate.json' if st['dataset'] == 'slake' else 'last epoch'

def honest(st) -> bool:
    "A study of the data-efficiency protocol: selection on held-out training images (VQA-RAD) or validate.json (SLAKE), vocabulary of train."
    return not st.get('peers_protocol') and st.get('holdout_by', 'image') == 'image'

def peers_table(peers, honest_studies) -> str:
    "What the peers' protocol adds: each peers' study beside the honest study of its dataset at fraction 1 (same seeds), paired by seed."
    rows, srcs = [], []
    for setting, folder, st in peers:
        ref = next(((f, h) for s, f, h in honest_studies if s == setting and h['dataset'] == st['dataset'] and h.get('fraction', 1.0) == 1.0), None)
        if ref is None: continue
        hf, h = ref
        for v in [v for v in ORDER if v in st['runs'] and v in h['runs']]:
            both = dict(runs={'peers': st['runs'][v], 'honest': h['runs'][v]})
            rows.append([st['dataset'], v, pm(h['summary'][v]['overall']), pm(st['summary'][v]['overall']), pm(paired(both, 'peers', 'honest'))])
        p = run(folder, next(iter(st['runs'])), st['seeds'][0])['protocol']
        q = run(hf, next(iter(h['runs'])), h['seeds'][0])['protocol']
        srcs.append(f"{st['dataset']}: `{folder.relative_to(root)}/{st['study']}.json` (vocabulary {p['vocab_policy']!r}, "
                    f"{p['n_answers']} answers, ceiling {p['ceiling']['overall']:.1f}; {p['n_train']} training questions; {start(st)}) "
                    f"against `{hf.relative_to(root)}/{h['study']}.json` ({q['n_train']} training questions; selection: {selection(h)})")
    if not rows: return ''
    return ("**What looking at the test split adds, measured — not a result of ours: the answer vocabulary of train and test and "
            "the checkpoint chosen on the test split (`--peers-protocol`: M3AE's and MUMC's protocol on VQA-RAD), against our protocol "
            "(vocabulary of train, selection on data the test never sees); overall test accuracy %, mean ± sample std over seeds, and "
            "the paired difference (same seed).**\n\n"
            + md(['dataset', 'variant', 'our protocol', 'vocabulary of train + test, selection on test', 'difference'], rows)
            + '\n\n' + '; '.join(srcs) + '.')

def paired(st, a, b):
    "Mean ± sample std over seeds of the overall accuracy of variant `a` minus variant `b` (same seed, same split)."
    ra, rb = ({r['seed']: r['overall'] for r in st['runs'][v]} for v in (a, b))
    d = [ra[s] - rb[s] for s in sorted(set(ra) & set(rb))]
    return dict(mean=statistics.fmean(d) if d else float('nan'), std=statistics.stdev(d) if len(d) > 1 else float('nan'), n=len(d))

def study_rows(st, folder, variants=None):
    "Rows: every variant (in ORDER first), then the baselines, for one study file."
    names = [v for v in ORDER if v in st['summary']] + [v for v in st['summary'] if v not in ORDER]
    out = []
    for v in names if variants is None else [v for v in names if v in variants]:
        s = st['summary'][v]; r = run(folder, v, st['runs'][v][0]['seed']); c = r['protocol']['ceiling']
        out.append([v, pm(s['open']), pm(s['closed']), pm(s['overall']), str(s['overall']['n']),
                    f"{c['open']:.1f} / {c['closed']:.1f} / {c['overall']:.1f}"])
    for k, s in st.get('baseline_summary', {}).items():
        out.append([bname(st, k) + ' (baseline)', pm(s['open']), pm(s['closed']), pm(s['overall']), str(s['overall']['n']), '–'])
    return out

def md(header, rows) -> str:
    return '\n'.join(['| ' + ' | '.join(header) + ' |', '|' + '---|' * len(header)] + ['| ' + ' | '.join(r) + ' |' for r in rows])

def start(st) -> str:
    "How the study's variants start; in the baseline study the ones marked `_no_pretrain` start from random initialisation."
    s = st.get('start', '')
    rnd = [v for v in st['runs'] if STUDIES.get(st['study'], {}).get(v, {}).get('_no_pretrain')]
    pre = [v for v in st['runs'] if v not in rnd]
    return f"{', '.join(pre)} {s}; {', '.join(rnd)} from random initialisation" if rnd and pre and s.startswith('fine-tuned from') else s

def protocol(st, folder) -> str:
    r = run(folder, next(iter(st['runs'])), st['seeds'][0]); p = r['protocol']
    return (f"{st['dataset']} test split, {r['n']} questions ({r['n_open']} open / {r['n_closed']} closed); {p['n_train']} training "
            f"questions (seed {st['seeds'][0]}; fraction {st.get('fraction', 1.0):g}); selection: {selection(st)}; vocabulary "
            f"{p['vocab_policy']!r} ({p['n_answers']} answers); seeds {', '.join(map(str, st['seeds']))}; {start(st)}; "
            f"from `{folder.relative_to(root)}/{st['study']}.json`.")

def add(out: dict, name: str, text: str):
    "Section `name` of `out` gets `text` (after what it holds: a folder of several study files gets one section)."
    out[name] = out[name] + '\n\n' + text if name in out else text

def tables() -> tuple[dict, list]:
    "({section name: markdown}, the data-efficiency studies) from every committed study file."
    out, eff, mech, peers = {}, [], {}, []
    head = ['variant', 'open', 'closed', 'overall', 'seeds', 'ceiling (open / closed / overall)']
    for setting, folder, st in studies():
        frac, ds, name = st.get('fraction', 1.0), st['dataset'], f'{setting}/{folder.name}'
        if st['study'] == 'baseline' and ds != 'synthetic' and st.get('peers_protocol'): peers.append((setting, folder, st)); continue
        chosen = folder.name == f'{ds}-best'          # a budget chosen on validation data: its own table, not a data-efficiency row
        if st['study'] == 'baseline' and ds != 'synthetic' and honest(st) and not chosen: eff.append((setting, folder, st))
        if (setting, folder.name) == HEADLINE: out['headline'] = headline(setting, folder, st)
        if st['study'] == 'baseline' and ds != 'synthetic' and frac == 1.0:
            rows = study_rows(st, folder)
            if ds in PAPER_TABLES: rows.append(['CMDPI, the paper (CLIP init., 114k pre-training pairs)', *map(str, PAPER_TABLES[ds]['CMDPI']), '–', '–'])
            how = '' if honest(st) else f', selected on {selection(st)} (`{folder.name}`)'
            if chosen: how = f", the budget chosen on {selection(st)}: {st['config']['epochs']} fine-tuning epochs (`{folder.name}`)"
            text = f'**{ds}, {setting}{how}: every variant and the baselines (test accuracy %, mean ± sample std over seeds).**\n\n' + md(head, rows)
            diffs = [(a, b) for a, b in (('CMDPI', 'image-blind'), ('plain fine-tuning', 'image-blind'), ('CMDPI', 'plain fine-tuning'),
                                         ('CMDPI', 'CMDPI w/o pre-training')) if a in st['runs'] and b in st['runs']]
            if diffs:
                text += '\n\nPaired differences of overall accuracy (same seed, same split): ' + '; '.join(
                    f'{a} − {b}: {pm(paired(st, a, b))}' for a, b in diffs) + '.'
            add(out, name, text + '\n\n' + protocol(st, folder))
        elif folder.name.startswith(f'{ds}-mechanism'): mech.setdefault((setting, folder), []).append(st)
        elif st['study'] != 'baseline':
            what = WHAT.get(st['study'], f"the {st['study']} study")
            if st['study'] == 'pt_data': add(out, name, pt_data_table(setting, folder, st)); continue
            diffs = [(v, 'k=1') for v in st['runs'] if st['study'] == 'grouped' and v != 'k=1' and 'k=1' in st['runs']]
            diffs += [(v, 'CMDPI') for v in st['runs'] if st['study'] == 'pretrain' and v.startswith('w/o') and 'CMDPI' in st['runs']]
            add(out, name, f'**{ds}, {setting}, {what} (`{folder.name}`).**\n\n' + md(head, study_rows(st, folder))
                + ('\n\nPaired differences of overall accuracy (same seed, same split): ' + '; '.join(
                    f'{a} − {b}: {pm(paired(st, a, b))}' for a, b in diffs) + '.' if diffs else '') + '\n\n' + protocol(st, folder))
    for (setting, folder), sts in mech.items():
        sts = sorted(sts, key=lambda st: st['study'] != 'finetune')              # the fine-tuning ablation first
        rows = {r[0]: r for st in sts for r in study_rows(st, folder) if not r[0].endswith('(baseline)')}   # a shared variant once
        rows = [*rows.values(), *(r for r in study_rows(sts[0], folder) if r[0].endswith('(baseline)'))]
        both = dict(runs={v: rs for st in sts for v, rs in st['runs'].items()})
        diffs = [(a, b) for a, b in MECH_DIFFS if a in both['runs'] and b in both['runs']]
        ds, frac = sts[0]['dataset'], sts[0].get('fraction', 1.0)
        if ds == 'synthetic':
            what = [WHAT[st['study']] if st['study'] in WHAT else ', '.join(st['summary']) for st in sts]
            title = f'The mechanism check, {setting}: {" and ".join(filter(None, [", ".join(what[:-1]), what[-1]]))} on the subtle synthetic set'
        else: title = (f'The mechanism diagnosis, {setting}: CMDPI as the paper specifies against '
                       f'{" and ".join(v for v in both["runs"] if v != "CMDPI")} on {ds} at {frac:.0%} of its training questions')
        add(out, f'{setting}/{folder.name}', f'**{title} '
            f'(`{folder.name}`; test accuracy %, mean ± sample std over seeds).**\n\n' + md(head, rows)
            + ('\n\nPaired differences of overall accuracy (same seed, same split): ' + '; '.join(
                f'{a} − {b}: {pm(paired(both, a, b))}' for a, b in diffs) + '.' if diffs else '')
            + '\n\n' + ' '.join(f"{'; '.join(st['summary'])}: {protocol(st, folder)}" for st in sts))
    for setting in sorted({s for s, _, _ in eff}):
        es = [e for e in eff if e[0] == setting]
        vs = [v for v in ORDER if any(v in st['summary'] for _, _, st in es)]
        rows = []
        for _, folder, st in sorted(es, key=lambda e: (e[2]['dataset'], e[2].get('fraction', 1.0))):
            n = run(folder, next(iter(st['runs'])), st['seeds'][0])['protocol']['n_train']
            prior, lookup = (st.get('baseline_summary', {}).get(k) for k in ('question-only prior', 'image lookup'))
            rows.append([st['dataset'], f"{st.get('fraction', 1.0):g}", str(n)] + [pm(st['summary'][v]['overall']) if v in st['summary'] else '–' for v in vs]
                        + [pm(b['overall']) if b else '–' for b in (prior, lookup)]
                        + [pm(paired(st, a, b)) if a in st['runs'] and b in st['runs'] else '–' for a, b in EFF_DIFFS])
        out[f'{setting}/data-efficiency'] = (
            '**Data efficiency: overall test accuracy (%) by the fraction of the training questions (sampled by image), '
            'mean ± sample std over seeds; the last columns are paired differences (same seed, same split).**\n\n'
            + md(['dataset', 'fraction', 'training questions (seed 0)', *vs, 'question-only prior', 'image lookup', *(f'{a} − {b}' for a, b in EFF_DIFFS)], rows)
            + '\n\nFrom `' + '`, `'.join(f'{f.relative_to(root)}/{st["study"]}.json' for _, f, st in sorted(es, key=lambda e: str(e[1]))) + '`.')
    for setting in sorted({s for s, _, _ in peers}):
        t = peers_table([p for p in peers if p[0] == setting], eff)
        if t: out[f'{setting}/peers-protocol'] = t
    out.update(single_runs())
    b = own_tables('budgets')                                   # each method at a budget of its own: once its runs are all there
    out.update(b.sections())
    if (h := b.headline_md()) is not None: out['headline'] = h
    return out, eff

def headline(setting, folder, st) -> str:
    "The README's table: CMDPI, plain fine-tuning, the image-blind control and the question-only prior of one study, with the paper's CMDPI row."
    ds = st['dataset']; r = run(folder, 'CMDPI', st['seeds'][0]); p = r['protocol']
    rows = [[v, *(pm(st['summary'][v][k]) for k in ('open', 'closed', 'overall'))] for v in ('CMDPI', 'plain fine-tuning', 'image-blind') if v in st['summary']]
    prior = st['baseline_summary']['question-only prior']
    rows.append(['question-only prior (no image, no model)', *(pm(prior[k]) for k in ('open', 'closed', 'overall'))])
    if ds in PAPER_TABLES: rows.append(['CMDPI, the paper (ViT-B-16, CLIP init., 114k pre-training pairs)', *map(str, PAPER_TABLES[ds]['CMDPI'])])
    diffs = [(a, b) for a, b in (('CMDPI', 'plain fine-tuning'), ('CMDPI', 'image-blind')) if a in st['runs'] and b in st['runs']]
    return (md([f'{ds.upper()} test accuracy (%)', 'open', 'closed', 'overall'], rows)
            + f"\n\n{r['n']:,} test questions; mean ± sample std over seeds {', '.join(map(str, st['seeds']))}; "
            + 'seed by seed, ' + '; '.join(f'{a} − {b}: {pm(paired(st, a, b))}' for a, b in diffs)
            + f". The small configuration from random initialisation on two CPU cores, {st['config']['epochs']} fine-tuning epochs "
            f"(the budget chosen on {selection(st)}), answers from the {p['n_answers']} training answers; "
            f"from `{folder.relative_to(root)}/{st['study']}.json`.")

def pt_data_points(st) -> dict:
    "{method: [(share, images, variant name)]} of a pt_data study, the share 0 (no pre-training) first in every method."
    out = {}
    for m in PT_METHODS:
        pts = [(0.0, 0, 'no pre-training')] if 'no pre-training' in st['runs'] else []
        for f in PT_FRACTIONS:
            v = f'{m} {f:.0%}'
            if v in st['runs']: pts.append((f, statistics.fmean(r['pretraining']['images'] for r in st['runs'][v]), v))
        if any(v != "no pre-training" for _, _, v in pts): out[m] = pts
    return out

def pt_data_table(setting, folder, st) -> str:
    "Accuracy against the share of the pre-training corpus, one column per method, with paired differences (same seed)."
    pts = pt_data_points(st); methods = list(pts); others = [m for m in methods if m != 'co-regularised']
    shares = sorted({(f, n) for p in pts.values() for f, n, _ in p})
    cell = lambda m, f: next((pm(st['summary'][v]['overall']) for g, _, v in pts[m] if g == f), '–')
    pair = lambda a, b: pm(paired(st, a, b)) if a in st['runs'] and b in st['runs'] else '–'
    rows = [[f'{f:.0%}', f'{n:.0f}', *(cell(m, f) for m in methods),
             *(pair(f'co-regularised {f:.0%}', f'{m} {f:.0%}') for m in others),
             pair(f'co-regularised {f:.0%}', 'no pre-training')] for f, n in shares]
    base = '; '.join(f"{bname(st, k)} {pm(s['overall'])}" for k, s in st.get('baseline_summary', {}).items())
    return (f"**{st['dataset']}, {setting}, pre-training data efficiency (`{folder.name}`): overall test accuracy (%) of CMDPI "
            f"fine-tuned from pre-training on a share of the corpus, by pre-training method; mean ± sample std over seeds, "
            f"and paired differences (same seed, same split).**\n\n"
            + md(['share of the corpus', 'images (mean over seeds)', *methods, *(f'co-regularised − {m}' for m in others),
                  'co-regularised − no pre-training'], rows)
            + f"\n\nThe 0 % row is one run per seed (no pre-training), shared by every method. Shares are nested subsets of the corpus's "
            f"images drawn by the seed, each pre-trained for the same number of optimiser steps. Baselines (each seed's training "
            f"questions): {base}.\n\n" + protocol(st, folder))

def pt_data_figure(st, path: Path):
    from matplotlib.figure import Figure
    fig = Figure(figsize=(4.6, 3.4), dpi=110); ax = fig.subplots()
    for m, p in pt_data_points(st).items():
        x = [n for _, n, _ in p]; ss = [st['summary'][v]['overall'] for _, _, v in p]
        m_, sd = [s['mean'] for s in ss], [0 if nan(s['std']) else s['std'] for s in ss]
        ax.errorbar(x, m_, yerr=sd, marker='o', capsize=3, label=m)
    prior = st.get('baseline_summary', {}).get('question-only prior')
    if prior: ax.axhline(prior['overall']['mean'], ls='--', c='grey', label='question-only prior')
    ax.set(xlabel='pre-training image–caption pairs', ylabel='overall test accuracy (%)', title=f"{st['dataset']}, {st.get('fraction', 1.0):g} of its training questions")
    ax.grid(alpha=0.3); ax.legend(fontsize=7); fig.tight_layout()
    fig.savefig(path, metadata={'Software': None}); return path

def single_runs() -> dict:
    "One table per single run evaluated on a GPU (results/gpu-*/<dataset>/results.json), with its baselines: {'<setting>/<dataset>': markdown}."
    parts = {}
    for f in sorted(results.glob('gpu-*/*/results.json')):
        r = json.loads(f.read_text()); c, p = r['protocol']['ceiling'], r['protocol']
        cfg, ds = r['config'], r['dataset']
        arch = f"{cfg['clip_model']} at {cfg['image_size']} px" + ('' if cfg.get('pretrained') else ', random initialisation')
        rows = [[f"CMDPI, {arch} (this run)", *(f"{r[k]:.1f}" for k in ('open', 'closed', 'overall')), '1',
                 f"{c['open']:.1f} / {c['closed']:.1f} / {c['overall']:.1f}"]]
        rows += [[f"{bname(dict(baselines={k: [b]}), k)} (baseline)", *(f"{b[x]:.1f}" for x in ('open', 'closed', 'overall')), '1', '–']
                 for k, b in r['baselines'].items()]
        if ds in PAPER_TABLES: rows.append(['CMDPI, the paper (CLIP init., 114k pre-training pairs)', *map(str, PAPER_TABLES[ds]['CMDPI']), '–', '–'])
        parts[f'{f.parent.parent.name}/{f.parent.name}'] = (f"**{ds}, {f.parent.parent.name}: one run on {r.get('device', 'a GPU')} (test accuracy %).**\n\n"
                     + md(['variant', 'open', 'closed', 'overall', 'seeds', 'ceiling (open / closed / overall)'], rows)
                     + f"\n\n{ds} test split, {r['n']} questions ({r['n_open']} open / {r['n_closed']} closed); {p['n_train']} training "
                     f"questions; selection: {'validate.json' if ds == 'slake' and not p.get('holdout') else selection(dict(p, dataset=ds))}; "
                     f"vocabulary {p['vocab_policy']!r} ({p['n_answers']} answers); seed {r['seed']}; checkpoint step {r['step']}, commit "
                     f"`{str(r.get('git_commit'))[:8]}`; `{r.get('command')}`; from `{f.relative_to(root)}`; how it ran: `{f.parent.parent.relative_to(root)}/README.md`.")
    return parts

def figure(eff, path: Path):
    from matplotlib.figure import Figure
    dss = sorted({st['dataset'] for _, _, st in eff})
    fig = Figure(figsize=(4.2 * len(dss), 3.4), dpi=110); axs = fig.subplots(1, len(dss), squeeze=False)[0]
    for ax, ds in zip(axs, dss):
        sts = sorted((st for _, _, st in eff if st['dataset'] == ds), key=lambda st: st.get('fraction', 1.0))
        fr = [st.get('fraction', 1.0) for st in sts]
        for v in ORDER + ['question-only prior']:
            ss = [(st['baseline_summary'].get(v) if v == 'question-only prior' else st['summary'].get(v)) for st in sts]
            pts = [(f, s['overall']) for f, s in zip(fr, ss) if s]
            if not pts: continue
            x = [f for f, _ in pts]; m = [s['mean'] for _, s in pts]; sd = [0 if nan(s['std']) else s['std'] for _, s in pts]
            ax.errorbar(x, m, yerr=sd, marker='o', capsize=3, ls='--' if v == 'question-only prior' else '-', label=v)
            ax.fill_between(x, [a - b for a, b in zip(m, sd)], [a + b for a, b in zip(m, sd)], alpha=0.2)
        ax.set(xscale='log', xlabel='fraction of the training questions', ylabel='overall test accuracy (%)', title=ds)
        ax.set_xticks(fr, [f'{f:g}' for f in fr]); ax.minorticks_off(); ax.grid(alpha=0.3)
    axs[0].legend(fontsize=7); fig.tight_layout()
    fig.savefig(path, metadata={'Software': None}); return path

if __name__ == '__main__':
    t, eff = tables()
    if sync_sections({f'results-table:{k}': v for k, v in t.items()}, 'tools/results_table.py', prefix='results-table:'):
        for setting in sorted({s for s, _, _ in eff}): print('wrote', figure([e for e in eff if e[0] == setting], results / setting / 'data-efficiency.png'))
        for setting, folder, st in studies():
            if st['study'] == 'pt_data': print('wrote', pt_data_figure(st, folder / 'pretrain-data.png'))
