"""The fine-tuning DDP check (08_finetune): CMDPI's fine-tuning loss per question and grouped by image, and InfoNCE over
the gathered rows. Run under `torchrun --standalone --nproc_per_node 2 ddp_finetune.py OUT SYNTHETIC_ROOT`; the notebook
imports `ft_trainer` and `contra_inputs` for the single-process comparison. A test helper, not part of the installed
package."""
import sys, torch
import torch.distributed as dist
from functools import partial
from cmdpi.core import tiny
from cmdpi.recnet import CMDPI
from cmdpi.data import ImageCache, image_transform, VQADataset
from cmdpi.metrics import AnswerVocab
from cmdpi.synthetic import load_synthetic
from cmdpi.train import Trainer, dist_setup, shard, image_batches
from cmdpi.diffrec import SimIndex, DiffRecSet
from cmdpi.mixup import partner_batches, collate_pairs, collate_grouped, sample_lam
from cmdpi.finetune import finetune_loss
from cmdpi.pretrain import contra

def ft_trainer(root, k=1, **kw):
    cfg = tiny(dropout=0.0, w_txt=0.0)
    train = load_synthetic(root, 'train')[:48]; vocab = AnswerVocab.from_samples(train)
    torch.manual_seed(0); model = CMDPI(cfg, answers=vocab.answers)
    base = VQADataset(train, vocab, model.tokenizer, image_transform(cfg.image_size, train=True), ImageCache(cfg.image_size))
    model.ffn_T.add_tokens(base.ids)
    n = len(base.images); idx = SimIndex([str(p) for p in base.images], [[(i + 1) % n, (i + 2) % n] for i in range(n)], [False] * n, 0.75)
    bs = partial(image_batches, base.image_idx, k, 12, 0, groups=base.group) if k > 1 else partial(partner_batches, base.group, 12, 0)
    return Trainer(model, partial(finetune_loss, cfg=cfg), DiffRecSet(base, idx, partial(sample_lam, cfg=cfg), shared_views=k > 1),
                   collate_fn=collate_grouped if k > 1 else collate_pairs, batch_size=12, lr=1e-4, warmup=0, max_steps=3,
                   progress=False, device='cpu', batch_sampler=bs, **kw)

def contra_inputs(): g = torch.Generator().manual_seed(0); return torch.randn(7, 8, generator=g), torch.randn(7, 8, generator=g)

if __name__ == '__main__':
    out, syn = sys.argv[1:3]
    rank, W, _ = dist_setup('cpu')
    t = ft_trainer(syn); t.fit(); res = dict(ft=t.model.state_dict())
    t = ft_trainer(syn, k=4); t.fit(); res['ft_grouped'] = t.model.state_dict()     # whole images per rank
    a, b = contra_inputs(); rows = shard(list(range(7)), rank, W)
    a_r, b_r = a[rows].requires_grad_(), b[rows].requires_grad_()
    loss = len(rows) / 7 * contra(a_r, b_r, 0.1); loss.backward()
    g = [None] * W; dist.all_gather_object(g, (rows, loss.detach(), a_r.grad, b_r.grad))
    if rank == 0: res['contra'] = g; torch.save(res, out)
    dist.barrier(); dist.destroy_process_group()
