"""The training engine's DDP check (04_train): a jittered regression trained by the `Trainer`. Run under
`torchrun --standalone --nproc_per_node 2 ddp_toy.py OUT [RUN_DIR]`; the notebook imports `toy_trainer` for the
single-process run it is compared with. A test helper, not part of the installed package."""
import sys, torch
from torch import nn
from cmdpi.train import Trainer

class Jitter(torch.utils.data.Dataset):
    def __init__(self, n=43):
        g = torch.Generator().manual_seed(0); self.x, self.w = torch.randn(n, 4, generator=g), torch.arange(1., 5.)
    def __len__(self): return len(self.x)
    def __getitem__(self, key):
        i, s = key
        x = self.x[i] + 0.1 * torch.randn(4, generator=torch.Generator().manual_seed(s))
        return dict(x=x, y=(self.x[i] * self.w).sum(-1, keepdim=True))

def toy_loss(model, b): return dict(loss=((model(b['x']) - b['y']) ** 2).mean())

def toy_trainer(**kw):
    torch.manual_seed(0); m = nn.Sequential(nn.Linear(4, 16), nn.GELU(), nn.Linear(16, 1))
    return Trainer(m, toy_loss, Jitter(), batch_size=7, grad_accum=2, epochs=2, lr=1e-2, warmup=2,
                   grad_clip=1.0, progress=False, device='cpu', log_every=2, **kw)

if __name__ == '__main__':
    import torch.distributed as dist
    from cmdpi.train import dist_setup
    out = sys.argv[1]
    if len(sys.argv) == 2:  # the Trainer joins the process group, and leaves it at the end of `fit`
        t = toy_trainer(); t.fit()
        if t.rank == 0: torch.save(dict(toy=t.model.state_dict(), world=t.world, left_pg=not dist.is_initialized()), out)
        sys.exit()
    run_dir = sys.argv[2]
    rank, W, _ = dist_setup('cpu')  # the script joins the group: the Trainers below leave it alone
    toy_trainer(out_dir=run_dir, max_steps=3).fit()
    t = toy_trainer(out_dir=run_dir); t.fit()
    if rank == 0: torch.save(dict(toy_resumed=t.model.state_dict()), out)
    dist.barrier()  # no rank leaves while another still talks to it (gloo aborts the process otherwise)
    dist.destroy_process_group()
