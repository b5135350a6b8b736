#!/usr/bin/env python3
"""Answer convscope compute requests (JSON Lines on stdin) with PyTorch, for comparison.

Each input line is one request of the protocol in DESIGN.md; each gets one JSON
answer line on stdout, computed with torch.nn.functional in float64 on the CPU.
Blank lines are skipped, as convscope does. The exit status is 1 if any line got
an error, else 0.

    convscope compute --generate-benchmark 20000 --seed 1 > batch.jsonl
    time python3 scripts/torch_compute.py < batch.jsonl > torch.out
"""
import json
import sys

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


def answer(request):
    op = request["op"]
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
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            result = answer(json.loads(line))
        except Exception as error:  # every refusal becomes an error line, as in convscope
            failed = True
            result = {"error": str(error).splitlines()[0] if str(error) else type(error).__name__}
        out.write(json.dumps(result))
        out.write("\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
