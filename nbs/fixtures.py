"""Test fixtures for the notebooks: makers of broken and hostile files, and helpers that run the
console scripts. They are not part of the installed `cmdpi` package; the notebooks import them
from here (a notebook runs with `nbs/` as its working directory)."""
from __future__ import annotations
import io, os, sys, json, time, shutil, signal, contextlib, subprocess
from pathlib import Path
import numpy as np
import torch
from PIL import Image
import pydicom
from pydicom.dataset import FileDataset, FileMetaDataset

def write_png(path, mode: str = 'RGB', size: int = 16) -> Path:
    "A small ramp PNG in PIL `mode`: 'L' (grayscale), 'RGBA', 'I;16' (16-bit grayscale), 'RGB'."
    a = np.linspace(0, 1, size * size).reshape(size, size)
    if mode == 'I;16': img = Image.fromarray((a * 65535).astype(np.uint16))
    else: img = Image.fromarray((np.stack([a] * 3, -1) * 255).astype(np.uint8)).convert(mode)
    img.save(path, format='PNG'); return Path(path)

def write_truncated_jpeg(path, size: int = 32, keep: float = 0.5) -> Path:
    "A JPEG cut after the first `keep` fraction of its bytes."
    buf = io.BytesIO(); Image.fromarray(np.random.default_rng(0).integers(0, 255, (size, size, 3), np.uint8)).save(buf, 'JPEG')
    Path(path).write_bytes(buf.getvalue()[:int(len(buf.getvalue()) * keep)]); return Path(path)

def write_text_as(path, text: str = 'not an image\n') -> Path:
    "A text file (or an empty one, with `text=''`) under an image's name."
    Path(path).write_text(text); return Path(path)

def write_dicom(path, pixels: np.ndarray | None = None, window: tuple | None = None,
                photometric: str = 'MONOCHROME2') -> Path:
    "A minimal CT DICOM file: int16 `pixels` (rows, cols), or (frames, rows, cols) for a multi-frame file, stored with intercept −1024 (HU), an optional (centre, width) `window`; or no pixel data."
    meta = FileMetaDataset(); meta.TransferSyntaxUID = pydicom.uid.ExplicitVRLittleEndian
    meta.MediaStorageSOPClassUID = '1.2.840.10008.5.1.4.1.1.2'; meta.MediaStorageSOPInstanceUID = pydicom.uid.generate_uid()
    ds = FileDataset(str(path), {}, file_meta=meta, preamble=b'\0' * 128)
    if pixels is not None:
        if pixels.ndim == 3: ds.NumberOfFrames = pixels.shape[0]
        ds.Rows, ds.Columns = pixels.shape[-2:]; ds.SamplesPerPixel = 1; ds.PhotometricInterpretation = photometric
        ds.BitsAllocated = ds.BitsStored = 16; ds.HighBit = 15; ds.PixelRepresentation = 1
        ds.RescaleSlope, ds.RescaleIntercept = 1, -1024; ds.PixelData = pixels.astype(np.int16).tobytes()
        if window: ds.WindowCenter, ds.WindowWidth = window
    ds.save_as(str(path), enforce_file_format=True); return Path(path)

def bad_copy(src, dst, edit=None, text: str | None = None, split: str = 'train') -> Path:
    "Copy the VQA-RAD-layout folder `src` to `dst`, then replace `{split}set.json` by `edit(records)` or by `text`."
    dst = Path(dst); shutil.copytree(src, dst, dirs_exist_ok=True)
    f = dst / f'{split}set.json'
    if edit is not None: f.write_text(json.dumps(edit(json.loads(f.read_text()))))
    if text is not None: f.write_text(text)
    return dst

class _Touch:
    "Unpickling this object creates the file `marker` (proof that code from the file ran)."
    def __init__(self, marker): self.marker = str(marker)
    def __reduce__(self): return (io.open, (self.marker, 'w'))

def tampered_checkpoint(path, marker, state: dict | None = None) -> Path:
    "A checkpoint of `state` (default: empty) carrying a pickle payload that would create `marker`."
    torch.save(dict(state or dict(model={}), payload=_Touch(marker)), path); return Path(path)

@contextlib.contextmanager
def failing_save(exc: BaseException, keep: float = 0.5):
    "Inside the block `torch.save` writes the first `keep` of its bytes, then raises `exc` (a full disk, a kill)."
    real = torch.save
    def _save(obj, f, *args, **kwargs):
        buf = io.BytesIO(); real(obj, buf, *args, **kwargs)
        f.write(buf.getvalue()[:int(len(buf.getvalue()) * keep)]); f.flush(); raise exc
    torch.save = _save
    try: yield
    finally: torch.save = real

def start_cli(name: str, *args, **popen) -> subprocess.Popen:
    "Start console script `name` with `args` (single-threaded BLAS), stdout and stderr captured as text."
    exe = Path(sys.executable).parent / name
    env = dict(os.environ, OMP_NUM_THREADS='1', **popen.pop('env', {}))
    return subprocess.Popen([str(exe), *map(str, args)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, **popen)

def run_cli(name: str, *args, timeout: float = 300, **popen) -> tuple[int, str, str]:
    "(exit code, stdout, stderr) of console script `name` run to its end."
    return finish(start_cli(name, *args, **popen), timeout)

def finish(p: subprocess.Popen, timeout: float = 300) -> tuple[int, str, str]:
    "(exit code, stdout, stderr) of a started command."
    out, err = p.communicate(timeout=timeout); return p.returncode, out, err

def kill_when(p: subprocess.Popen, cond, timeout: float = 120, poll: float = 0.001) -> bool:
    "SIGKILL `p` (by its pid) as soon as `cond()` holds; False if it ended first."
    t0 = time.time()
    while p.poll() is None and time.time() - t0 < timeout:
        if cond(): p.send_signal(signal.SIGKILL); p.communicate(); return True
        time.sleep(poll)
    p.communicate(); return False

def make_hub_model(cache_dir, repo_id: str, text_dir, mean=(0.5, 0.5, 0.5), std=(0.25, 0.25, 0.25)) -> Path:
    "An open_clip model in a Hugging Face cache laid out as the hub lays it out (`models--ORG--NAME/refs/main`, `snapshots/<rev>/…`): a tiny ViT and a text tower built from the Hugging Face model in `text_dir`, with its own normalisation; returns the snapshot folder."
    import open_clip
    from safetensors.torch import save_file
    model_cfg = dict(embed_dim=64, vision_cfg=dict(image_size=32, patch_size=8, width=64, layers=2, head_width=32, mlp_ratio=2),
                     text_cfg=dict(hf_model_name=str(text_dir), hf_tokenizer_name=str(text_dir), hf_proj_type='mlp',
                                   hf_pooler_type='mean_pooler', context_length=24))
    torch.manual_seed(0)
    clip = open_clip.model.CustomTextCLIP(**model_cfg)
    base = Path(cache_dir) / ('models--' + repo_id.replace('/', '--')); rev = '0' * 40
    snap = base / 'snapshots' / rev; snap.mkdir(parents=True, exist_ok=True); (base / 'refs').mkdir(exist_ok=True)
    (base / 'refs' / 'main').write_text(rev)
    (snap / 'open_clip_config.json').write_text(json.dumps(dict(model_cfg=model_cfg, preprocess_cfg=dict(size=32, mean=list(mean), std=list(std)))))
    save_file({k: v.contiguous() for k, v in clip.state_dict().items()}, str(snap / 'open_clip_model.safetensors'))
    return snap

# The seed of the cells that assert on the outcome of training: `CMDPI_TEST_SEED=1 pytest` runs them with another seed
# (`tools/cpu_check.py` runs them under other processors' arithmetic too), so a margin that holds for one seed only shows.
TEST_SEED = int(os.environ.get('CMDPI_TEST_SEED', '0'))

def write_png_claiming(path, w: int, h: int) -> Path:
    "A PNG whose header claims `w` × `h` pixels with almost no data behind it: the shape of a decompression bomb."
    import struct, zlib
    chunk = lambda t, d: struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d))
    ihdr = struct.pack('>IIBBBBB', w, h, 1, 0, 0, 0, 0)                   # 1-bit greyscale
    Path(path).write_bytes(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', ihdr) + chunk(b'IDAT', zlib.compress(b'\0' * 64)) + chunk(b'IEND', b''))
    return Path(path)
