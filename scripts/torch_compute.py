#!/usr/bin/env python3
"""Answer convscope compute requests (JSON Lines on stdin) with PyTorch, for comparison.

Each input line is one request of the protocol in DESIGN.md; each gets one JSON
answer line on stdout, computed with torch.nn.functional in float64 on the CPU.
Blank lines are skipped, as convscope does. The exit status is 1 if any line got
an error, else 0.

    convscope compute --generate-benchmark 20000 --seed 1 > batch.jsonl
    time python3 scripts/torch_compute.py < batch.jsonl > torch.out

With `--seconds FILE`, the time spent answering (after torch is imported and
the input is read) is written to FILE, so a benchmark can leave the import out.
"""
import json
import sys
import time

import torch
import torch.nn.functional as F

torch.set_num_threads(1)


def pair(value):
    return (value, value) if isinstance(value, int) else tuple(value)


def grid(rows, dtype=torch.float64):
    return torch.tensor(rows, dtype=dtype)[None, None]


def plain(tensor):
    return tensor[0, 0].tolist()


def bilinear_kernel(size, style):
    """FCN's upsample_filt, and Caffe's fixed and legacy BilinearFiller."""
    if style == "fcn":
        factor = (size + 1) // 2
        center = factor - 1 if size % 2 == 1 else factor - 0.5
        profile = [1 - abs(i - center) / factor for i in range(size)]
    elif style in ("caffe", "caffe_legacy"):
        f = -(-size // 2)
        c = (size - 1) / (2 * f) if style == "caffe" else (2 * f - 1 - f % 2) / (2 * f)
        profile = [1 - abs(i / f - c) for i in range(size)]
    else:
        raise ValueError(f"unknown style {style!r}")
    return [[a * b for b in profile] for a in profile]


def tensor(values):
    return torch.tensor(values, dtype=torch.float64)


def channel_conv(request, transposed):
    """conv2d / conv_transpose2d of the second edition: maps [C][H][W] or a grid, groups, bias."""
    x = tensor(request["input"])
    w = tensor(request["kernel"])
    grid_input = x.dim() == 2
    if grid_input:
        x = x[None]
    if w.dim() == 2:
        if not grid_input:
            raise ValueError("a 2-D kernel needs a 2-D input")
        w = w[None, None]
    bias = tensor(request["bias"]) if "bias" in request else None
    options = dict(
        stride=pair(request.get("stride", 1)), padding=pair(request.get("padding", 0)),
        dilation=pair(request.get("dilation", 1)), groups=request.get("groups", 1))
    if transposed:
        out = F.conv_transpose2d(
            x[None], w, bias, output_padding=pair(request.get("output_padding", 0)), **options)
    else:
        out = F.conv2d(x[None], w, bias, **options)
    out = out[0]
    return {"output": (out[0] if grid_input else out).tolist()}


def check_statistics(var, eps):
    if eps <= 0:
        raise ValueError("eps must be positive")
    if (var < 0).any():
        raise ValueError("a variance is negative")


def conv_matrix(request):
    """C's columns are the convolutions of unit impulses; Cᵀ with transpose."""
    h, w = pair(request["input_size"])
    impulses = torch.eye(h * w, dtype=torch.float64).reshape(h * w, 1, h, w)
    out = F.conv2d(
        impulses, grid(request["kernel"]), stride=pair(request.get("stride", 1)),
        padding=pair(request.get("padding", 0)), dilation=pair(request.get("dilation", 1)))
    matrix = out.reshape(h * w, -1).T
    return {"matrix": (matrix.T if request.get("transpose", False) else matrix).tolist()}


def answer(request):
    op = request["op"]
    second_edition = (
        "bias" in request or "groups" in request
        or (op in ("conv2d", "conv_transpose2d") and tensor(request["input"]).dim() != 2))
    if op in ("conv2d", "conv_transpose2d") and second_edition:
        return channel_conv(request, op == "conv_transpose2d")
    if op == "batch_norm2d":
        x = tensor(request["input"])
        mean, var = tensor(request["mean"]), tensor(request["var"])
        eps = request.get("eps", 1e-5)
        check_statistics(var, eps)
        out = F.batch_norm(
            x[None], mean, var,
            tensor(request["weight"]) if "weight" in request else None,
            tensor(request["bias"]) if "bias" in request else None, training=False, eps=eps)
        return {"output": out[0].tolist()}
    if op == "fold_batch_norm":
        from torch.nn.utils.fusion import fuse_conv_bn_weights
        bn = request["bn"]
        kernel = tensor(request["kernel"])
        var = tensor(bn["var"])
        eps = bn.get("eps", 1e-5)
        check_statistics(var, eps)
        channels = kernel.shape[0]
        weight, bias = fuse_conv_bn_weights(
            kernel, tensor(request["bias"]) if "bias" in request else None, tensor(bn["mean"]), var,
            eps, tensor(bn["weight"]) if "weight" in bn else torch.ones(channels, dtype=torch.float64),
            tensor(bn["bias"]) if "bias" in bn else torch.zeros(channels, dtype=torch.float64))
        return {"kernel": weight.tolist(), "bias": bias.tolist()}
    if op == "avg_pool2d":
        x = tensor(request["input"])
        kernel = pair(request["kernel_size"])
        out = F.avg_pool2d(
            x[None] if x.dim() == 3 else x[None, None], kernel,
            stride=pair(request.get("stride", kernel)), padding=pair(request.get("padding", 0)),
            ceil_mode=request.get("ceil_mode", False),
            count_include_pad=request.get("count_include_pad", True))
        return {"output": (out[0] if x.dim() == 3 else out[0, 0]).tolist()}
    if op == "conv_matrix":
        return conv_matrix(request)
    if op == "conv2d":
        out = F.conv2d(
            grid(request["input"]), grid(request["kernel"]),
            stride=pair(request.get("stride", 1)), padding=pair(request.get("padding", 0)),
            dilation=pair(request.get("dilation", 1)))
        return {"output": plain(out)}
    if op == "conv_transpose2d":
        out = F.conv_transpose2d(
            grid(request["input"]), grid(request["kernel"]),
            stride=pair(request.get("stride", 1)), padding=pair(request.get("padding", 0)),
            output_padding=pair(request.get("output_padding", 0)),
            dilation=pair(request.get("dilation", 1)))
        return {"output": plain(out)}
    if op == "max_pool2d":
        kernel = pair(request["kernel_size"])
        out, indices = F.max_pool2d(
            grid(request["input"]), kernel, stride=pair(request.get("stride", kernel)),
            padding=pair(request.get("padding", 0)), dilation=pair(request.get("dilation", 1)),
            ceil_mode=request.get("ceil_mode", False), return_indices=True)
        return {"output": plain(out), "indices": plain(indices)}
    if op == "max_unpool2d":
        kernel = pair(request["kernel_size"])
        size = request.get("output_size")
        out = F.max_unpool2d(
            grid(request["input"]), grid(request["indices"], torch.int64), kernel,
            stride=pair(request.get("stride", kernel)), padding=pair(request.get("padding", 0)),
            output_size=None if size is None else pair(size))
        return {"output": plain(out)}
    if op in ("upsample_nearest", "upsample_bilinear"):
        scale = request.get("scale")
        size = request.get("size")
        options = {"mode": "nearest"} if op == "upsample_nearest" else {
            "mode": "bilinear", "align_corners": request.get("align_corners", False)}
        out = F.interpolate(
            grid(request["input"]), size=None if size is None else pair(size),
            scale_factor=None if scale is None else (
                (float(scale), float(scale)) if isinstance(scale, (int, float)) else tuple(map(float, scale))),
            **options)
        return {"output": plain(out)}
    if op == "bilinear_kernel":
        return {"output": bilinear_kernel(request["size"], request["style"])}
    raise ValueError(f"unknown op {op!r}")


def main():
    failed = False
    out = sys.stdout
    seconds_file = None
    if len(sys.argv) == 3 and sys.argv[1] == "--seconds":
        seconds_file = sys.argv[2]
    lines = sys.stdin.readlines()
    start = time.perf_counter()
    for line in lines:
        if not line.strip():
            continue
        try:
            result = answer(json.loads(line))
        except Exception as error:  # every refusal becomes an error line, as in convscope
            failed = True
            result = {"error": str(error).splitlines()[0] if str(error) else type(error).__name__}
        out.write(json.dumps(result))
        out.write("\n")
    out.flush()
    if seconds_file:
        with open(seconds_file, "w") as handle:
            handle.write(f"{time.perf_counter() - start}\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
