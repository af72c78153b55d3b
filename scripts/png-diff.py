#!/usr/bin/env python3
"""Compares two PNG files pixel by pixel (no third-party modules): prints the number of differing
pixels and their bounding boxes by connected rows, so a difference confined to the readouts' frame-rate
text can be told from a real one. Usage: png-diff.py A.png B.png [OUT-diff.ppm]"""
import struct, sys, zlib

def read(path):
    with open(path, 'rb') as f:
        data = f.read()
    assert data[:8] == b'\x89PNG\r\n\x1a\n', path
    pos, idat, w, h, ctype = 8, b'', 0, 0, 0
    while pos < len(data):
        n, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b'IHDR':
            w, h, depth, ctype = struct.unpack('>IIBB', body[:10])
            assert depth == 8, 'only 8-bit PNGs'
        elif kind == b'IDAT':
            idat += body
        pos += 12 + n
    bpp = {2: 3, 6: 4}[ctype]
    raw = zlib.decompress(idat)
    rows, prev, stride = [], bytearray(w * bpp), w * bpp
    for y in range(h):
        ft = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if ft == 1: line[i] = (line[i] + a) & 255
            elif ft == 2: line[i] = (line[i] + b) & 255
            elif ft == 3: line[i] = (line[i] + (a + b) // 2) & 255
            elif ft == 4:
                p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line)); prev = line
    return w, h, bpp, rows

wa, ha, ba, ra = read(sys.argv[1])
wb, hb, bb, rb = read(sys.argv[2])
if (wa, ha) != (wb, hb):
    print(f'size differs: {wa}x{ha} vs {wb}x{hb}'); sys.exit(1)
boxes, count = [], 0
for y in range(ha):
    xs = [x for x in range(wa) if ra[y][x * ba:x * ba + 3] != rb[y][x * bb:x * bb + 3]]
    if xs:
        count += len(xs)
        lo, hi = min(xs), max(xs)
        if boxes and boxes[-1][3] == y - 1 and not (hi < boxes[-1][0] - 40 or lo > boxes[-1][2] + 40):
            b = boxes[-1]; boxes[-1] = [min(b[0], lo), b[1], max(b[2], hi), y]
        else:
            boxes.append([lo, y, hi, y])
print(f'{count} pixels differ')
for b in boxes[:20]:
    print(f'  x {b[0]}..{b[2]}, y {b[1]}..{b[3]}')
sys.exit(0 if count == 0 else 1)
