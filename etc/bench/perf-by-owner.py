#!/usr/bin/env python3
"""Sums a `perf script -F comm,tid,ip,sym,dso` dump of a .NET process by the assembly that owns each sample.

Each sample is charged to the innermost frame whose assembly is not the runtime's own library (corelib, collections,
LINQ, expression trees, threading, sockets, reflection): the code that asked for that work. Samples with no such frame
(GC, the kernel's network stack under the socket engine, thread-pool dispatch) are grouped by their leaf. Also prints the
share per FitSaaS type and a few markers (inclusive: the frame is anywhere on the stack). Used by perf-profile.sh.
"""
import collections
import re
import sys

RUNTIME = re.compile(
    r'^(System\.Private\.CoreLib|System\.Runtime|System\.Collections.*|System\.Linq|System\.Linq\.Expressions|'
    r'System\.Threading.*|System\.Memory|System\.Reflection.*|System\.ObjectModel|System\.ComponentModel.*|'
    r'System\.Net\.Sockets|System\.Net\.Primitives|System\.Diagnostics.*|System\.Security\.Cryptography|'
    r'System\.Text\.Encodings\.Web|System\.IO.*|System\.Console|Microsoft\.Extensions\.Primitives)$')
FRAME = re.compile(r'\[([\w.]+)\] ([\w.`]+)')
MARKERS = [
    ('EF Core + Npgsql (any frame)', r'Microsoft\.EntityFrameworkCore|\[Npgsql'),
    ('  EF Core change tracking + SaveChanges', r'ChangeTracking|DbContext::SaveChanges|DbContext\+<SaveChanges'),
    ('  EF Core parameter extraction (funcletizer) + query cache', r'ExpressionTreeFuncletizer|ExpressionEqualityComparer'),
    ('ASP.NET Core MVC outside the application service', None),
    ('Application-service proxy and interceptors outside EF Core', None),
    ('OpenIddict (validation of the token + the server\'s per-request dispatch)', r'OpenIddict'),
    ('JSON (System.Text.Json)', r'System\.Text\.Json'),
    ('Background: audit writer', r'AuditLogWriter'),
    ('Background: outbox dispatcher', r'OutboxDispatcher'),
    ('Background: Hangfire', r'Hangfire'),
]


def main(path):
    owners, fitsaas, marks = collections.Counter(), collections.Counter(), collections.Counter()
    total = 0
    stack = []

    def flush(frames):
        nonlocal total
        if not frames:
            return
        total += 1
        joined = '\n'.join(frames)
        for name, pattern in MARKERS:
            if pattern and re.search(pattern, joined):
                marks[name] += 1
        if 'Microsoft.AspNetCore.Mvc' in joined and not re.search(r'ApplicationServiceProxy', joined):
            marks['ASP.NET Core MVC outside the application service'] += 1
        if 'ApplicationServiceProxy' in joined and not re.search(r'Microsoft\.EntityFrameworkCore|\[Npgsql|EfCore\w*Repository', joined):
            marks['Application-service proxy and interceptors outside EF Core'] += 1
        owner = None
        for frame in frames:
            match = FRAME.search(frame)
            if not match or RUNTIME.match(match.group(1)):
                continue
            owner = match.group(1)
            if owner.startswith('FitSaaS'):
                type_match = re.search(r'\] ([\w.`]+)[+:]', frame)
                fitsaas[type_match.group(1) if type_match else owner] += 1
            break
        if owner is None:
            leaf = frames[0]
            if 'kallsyms' in leaf:
                owner = '(kernel: network stack, scheduler)'
            elif 'libcoreclr' in leaf:
                owner = '(runtime: GC, stubs, type system)'
            else:
                match = re.search(r'\] ([\w.]+)', leaf)
                owner = '(runtime only) ' + (match.group(1)[:50] if match else leaf.split()[-1][:50])
        owners[owner] += 1

    with open(path, errors='replace') as lines:
        for line in lines:
            if not line.strip():
                flush(stack)
                stack = []
            elif line[0] in '\t ':
                stack.append(line.strip())
    flush(stack)
    if total == 0:
        sys.exit('no samples')
    print(f'{total} samples')
    print('\nby owning assembly (exclusive):')
    for name, count in owners.most_common(30):
        print(f'{100 * count / total:6.1f} %  {name}')
    print('\nFitSaaS types (exclusive, with the runtime work they asked for):')
    for name, count in fitsaas.most_common(20):
        print(f'{100 * count / total:6.1f} %  {name}')
    print('\nmarkers (inclusive):')
    for name, _ in MARKERS:
        print(f'{100 * marks[name] / total:6.1f} %  {name}')


if __name__ == '__main__':
    main(sys.argv[1])
