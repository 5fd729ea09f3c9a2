__version__ = "0.1.0"

def __getattr__(name):
    "`cmdpi.load_model` without importing torch and open_clip at `import cmdpi`."
    if name == 'load_model':
        from .checkpoints import load_model
        return load_model
    raise AttributeError(f"module 'cmdpi' has no attribute {name!r}")
