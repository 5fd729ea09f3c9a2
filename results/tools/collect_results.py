"""Bring a study folder written by cmdpi_ablate into results/ in the layout a reader browses.

cmdpi_ablate writes `<out>/<study>.json|.md|_by_*.png` and a run per seed and variant under `seed<s>/<variant>/` (its
`finetune/` and `pretrain/` folders hold checkpoints, the similar-image index and metrics.jsonl). The results folder keeps
what a reader needs, at most four levels below the repository (`results/<setting>/<study>/<run>/<file>`):

    <study>.json, <study>.md, <study>_by_organ.png, …     the study's files, as written
    <variant>-seed<s>/results.json                        the run's evaluation (the ids and predictions on one line each)
    <variant>-seed<s>/finetune-metrics.jsonl              its training log (and pretrain-metrics.jsonl for its own pre-training)
    pretrain-seed<s>/metrics.jsonl                        a pre-training shared by the seed's variants
    probe/seed<s>-<variant>.json                          other subfolders, their files renamed to the same slugs

`<variant>` is the variant's name as a slug: lower case, 'w/o' as 'wo', every other run of non-alphanumerics one '-'
('CMDPI w/o pre-training' -> cmdpi-wo-pre-training). Checkpoints and indexes stay behind (counted). A finished run
of no variant in the study files (one of a search beside the study) keeps its folder name as a slug and is counted as
extra; any other folder there is an error, not a silent skip.

    python results/tools/collect_results.py SRC DST          # e.g. ../cmdpi-runs2/runs/cpu-small/slake-best results/cpu-small/slake-best
    python results/tools/collect_results.py --in-place DIR   # convert a folder of the old layout already in results/
"""
import re, sys, json, shutil, tempfile
from pathlib import Path
from cmdpi.core import dump_json
from cmdpi.ablate import variant_slug

def slug(name: str) -> str:
    "A variant's folder name in results/."
    return re.sub(r'[^a-z0-9]+', '-', name.lower().replace('w/o', 'wo')).strip('-')

def run_dir(folder: Path, name: str, seed: int) -> Path:
    "The results folder of variant `name`, seed `seed`, of the study in `folder`."
    return Path(folder) / f'{slug(name)}-seed{seed}'

def studies_in(src: Path) -> list[dict]:
    return [st for f in sorted(src.glob('*.json')) if 'runs' in (st := json.loads(f.read_text())) and 'study' in st]

def rename(stem: str, names: dict) -> str:
    "`seed<s>-<old slug>` -> `seed<s>-<slug>` for a probe-like file of a known variant; else unchanged."
    m = re.fullmatch(r'(seed\d+)-(.+)', stem)
    return f'{m[1]}-{names[m[2]]}' if m and m[2] in names else stem

def collect(src: Path, dst: Path) -> dict:
    names = {variant_slug(v): slug(v) for st in studies_in(src) for v in st['runs']}
    if not names: sys.exit(f'{src}: no study file (<study>.json of cmdpi_ablate)')
    n = dict(runs=0, extra=0, files=0, left=0)
    def put(a: Path, b: Path):
        b.parent.mkdir(parents=True, exist_ok=True); n['files'] += 1
        if a.suffix == '.json': b.write_text(dump_json(json.loads(a.read_text())))
        else: shutil.copyfile(a, b)
    for f in sorted(src.iterdir()):
        if f.is_file(): put(f, dst / f.name)
        elif re.fullmatch(r'seed\d+', f.name):
            for r in sorted(f.iterdir()):
                if r.name == 'pretrain':
                    if (r / 'metrics.jsonl').exists(): put(r / 'metrics.jsonl', dst / f'pretrain-{f.name}' / 'metrics.jsonl')
                    n['left'] += sum(1 for x in r.rglob('*') if x.is_file() and x.name != 'metrics.jsonl'); continue
                if r.name not in names:                    # a run outside the study's table (a search): kept under its own name
                    if not (r / 'results.json').exists(): sys.exit(f'{r}: neither a run of the study files of {src} ({sorted(names)}) nor a finished run')
                    names[r.name] = slug(r.name); n['extra'] += 1
                out = dst / f'{names[r.name]}-{f.name}'; n['runs'] += 1
                for a, b in (('results.json', 'results.json'), ('finetune/metrics.jsonl', 'finetune-metrics.jsonl'),
                             ('pretrain/metrics.jsonl', 'pretrain-metrics.jsonl'), ('metrics.jsonl', 'metrics.jsonl')):
                    if (r / a).exists(): put(r / a, out / b)
                n['left'] += sum(1 for x in r.rglob('*') if x.is_file() and x.name not in ('results.json', 'metrics.jsonl'))
        else:
            for x in sorted(p for p in f.rglob('*') if p.is_file()):
                put(x, dst / f.name / x.relative_to(f).parent / (rename(x.stem, names) + x.suffix))
    return n

if __name__ == '__main__':
    args = sys.argv[1:]
    if args[:1] == ['--in-place']:
        for d in map(Path, args[1:]):
            tmp = Path(tempfile.mkdtemp(dir=d.parent, prefix=f'.{d.name}-'))
            n = collect(d, tmp / d.name); shutil.rmtree(d); (tmp / d.name).rename(d); tmp.rmdir()
            print(d, n)
    elif len(args) == 2:
        src, dst = map(Path, args)
        if dst.exists(): sys.exit(f'{dst} exists: collect into a new folder')
        print(dst, collect(src, dst))
    else: sys.exit(__doc__)
