"""Why do grouped batches cost accuracy? The grouped step differs from the per-question step in two ways: the batches
(whole images, packed by organ, partners drawn within them) and the views (one augmented view and one similar image per
image per step, shared by its questions). This fine-tunes on the grouped batches with per-question views and
per-question encoding — the batches of k = 4 without the sharing — and prints its best validation accuracy, to set beside
the k = 1 and k = 4 runs of the same seed (selection on validate.json only; the test split is not read).

From the repository root (its result, with the commit it ran at, is this folder's diagnosis.json):

    python results/cpu-small/slake-grouped/grouped_diagnosis.py --out runs/cpu-small/grouped-diagnosis --seed 0
"""
import argparse, json
from functools import partial
from pathlib import Path
from cmdpi.core import small, seed_everything, cache_dir, RunOptions, dump_json
from cmdpi.data import ImageCache, image_transform, VQADataset
from cmdpi.metrics import AnswerVocab
from cmdpi.datasets import load_splits
from cmdpi.diffrec import sim_index, DiffRecSet
from cmdpi.finetune import init_model, finetune_loss, predict, scores
from cmdpi.mixup import sample_lam, collate_pairs
from cmdpi.train import Trainer, TrainConfig, image_batches

ap = argparse.ArgumentParser(); ap.add_argument('--out', required=True); ap.add_argument('--seed', type=int, default=0)
ap.add_argument('--k', type=int, default=4)
a = ap.parse_args()
cfg = small(seed=a.seed); seed_everything(cfg.seed)
train, sel, _ = load_splits('slake', seed=cfg.seed)                                 # SLAKE: selection on validate.json
vocab = AnswerVocab.from_samples(train)
model, cfg = init_model(cfg, vocab.answers)
cache = ImageCache(cfg.image_size, cache_dir('images'))
ds = lambda s, tr: VQADataset(s, vocab, model.tokenizer, image_transform(cfg.image_size, train=tr), cache)
base, sel_ds = ds(train, True), ds(sel, False)
model.ffn_T.add_tokens(base.ids)
idx = sim_index(model, base.images, cfg.sim_threshold, Path(a.out) / 'simindex', cache)
tc = TrainConfig.of(cfg, 'finetune', RunOptions(log_every=50), out_dir=a.out, select_on='overall', progress=False)
tr = Trainer(model, partial(finetune_loss, cfg=cfg), DiffRecSet(base, idx, partial(sample_lam, cfg=cfg)), tc,   # per-question views
             collate_fn=collate_pairs, batch_sampler=partial(image_batches, base.image_idx, a.k, cfg.batch_size, cfg.seed, groups=base.group,
                                   strata=[s.organ for s in train]),                  # the grouped batches
             eval_fn=lambda m: scores(predict(m, sel_ds), sel))
res = tr.fit()
out = dict(seed=a.seed, k=a.k, best_validation=res['best'], epochs=res['epochs'], note='grouped batches, per-question views and encoding')
(Path(a.out) / 'diagnosis.json').write_text(dump_json(out)); print(json.dumps(out))
