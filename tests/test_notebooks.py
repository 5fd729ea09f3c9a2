"""Run every notebook in `nbs/` as a test, exactly as `nbdev_test` does (same flags, same skips).

One pytest case per notebook so that the runner reports `N passed` and a failure names the notebook.
Cells flagged `#| slow` or `#| cuda` are skipped unless `CMDPI_TEST_FLAGS` names them
(e.g. `CMDPI_TEST_FLAGS="slow"`), as with `nbdev_test --flags slow`.
"""
import os, time, warnings, tempfile, shutil, contextlib
# pytest-xdist runs two notebooks at once on our 2 cores: one thread each, or OpenMP oversubscription
# makes small-model training several times slower. Set before torch is imported (by the notebooks).
os.environ.setdefault('OMP_NUM_THREADS', '1')
# tests decode images of throw-away temp folders: no disk cache of them (ImageCache's own tests pass a folder)
os.environ.setdefault('CMDPI_CACHE', 'none')
from pathlib import Path
import pytest
from nbdev.test import test_nb as run_nb

_TMPDIR = os.environ.get('TMPDIR')                # restored after each notebook
NBS = Path(__file__).resolve().parents[1] / 'nbs'
notebooks = sorted(p for p in NBS.glob('*.ipynb') if not p.name.startswith('_'))

def test_notebooks_found():
    assert len(notebooks) >= 2, f'no notebooks found in {NBS}'

@contextlib.contextmanager
def scratch(nb):
    """Give the notebook `nb` a temp folder of its own while it runs (its `tempfile.mkdtemp()`s and those of the commands it
    starts land there), then delete it and restore the default. A notebook's runs leave hundreds of MB of checkpoints
    behind; without this every test run would keep them."""
    made = Path(tempfile.mkdtemp(prefix=f'cmdpi-test-{nb.stem}-'))
    os.environ['TMPDIR'] = tempfile.tempdir = str(made)
    try: yield made
    finally:
        if _TMPDIR is None: os.environ.pop('TMPDIR', None)
        else: os.environ['TMPDIR'] = _TMPDIR
        tempfile.tempdir = None
        shutil.rmtree(made, ignore_errors=True)

@pytest.mark.parametrize('nb', notebooks, ids=[p.stem for p in notebooks])
def test_notebook(nb):
    force = os.environ.get('CMDPI_TEST_FLAGS', '').split()
    skips = Path(tempfile.mkstemp(suffix='.skips')[1])
    os.environ['CMDPI_SKIP_LOG'] = str(skips)  # `cmdpi.core.skip_msg` appends here
    t0 = time.time()
    with scratch(nb): ok, _ = run_nb(nb, skip_flags=['slow', 'cuda'], force_flags=force, basepath=NBS.parent)
    print(f'{nb.name}: {time.time() - t0:.1f}s')
    for line in skips.read_text().splitlines(): warnings.warn(f'{nb.name}: {line}')
    skips.unlink()
    assert ok, f'{nb.name} failed (run it in Jupyter or with `nbdev_test --path {nb}` to see the cell)'
