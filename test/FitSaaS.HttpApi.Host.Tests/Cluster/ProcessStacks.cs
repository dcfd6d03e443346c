using System.Text;
using Microsoft.Diagnostics.Runtime;

namespace FitSaaS.HttpApi.Host.Tests.Cluster;

/// <summary>
/// What a running .NET process is doing, read from outside with ClrMD (the process is suspended for the moment of
/// reading): every managed thread's stack, and the async methods that have started and not yet finished (their state
/// machines on the heap), counted by method — where a request that "hangs" without a blocked thread waits.
/// </summary>
internal static class ProcessStacks
{
    public static string Describe(int processId, int maxFramesPerThread = 40)
    {
        var text = new StringBuilder();
        using var target = DataTarget.AttachToProcess(processId, suspend: true);
        // The data access library of the runtime this test runs on (the host runs on the same one).
        var dac = Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "libmscordaccore.so");
        using var runtime = File.Exists(dac) ? target.ClrVersions[0].CreateRuntime(dac, ignoreMismatch: true) : target.ClrVersions[0].CreateRuntime();
        text.AppendLine($"--- managed threads of process {processId} ---");
        var withoutManagedFrames = new List<int>();
        foreach (var thread in runtime.Threads.Where(thread => thread.IsAlive))
        {
            var frames = thread.EnumerateStackTrace().Select(frame => WithoutInstantiations(frame.ToString())).Where(frame => frame is { Length: > 0 } && !frame.StartsWith('[')).Take(maxFramesPerThread).ToList();
            if (frames.Count == 0)
            {
                withoutManagedFrames.Add(thread.ManagedThreadId);
                continue;
            }

            text.AppendLine($"thread {thread.ManagedThreadId}:");
            foreach (var frame in frames)
            {
                text.AppendLine($"    {frame}");
            }
        }

        text.AppendLine($"threads without managed frames (idle pool threads, native waits): {string.Join(", ", withoutManagedFrames)}");

        // Only what is still referenced: a finished request's state machines stay on the heap until the next collection.
        var reachable = Reachable(runtime.Heap);
        text.AppendLine($"--- pending async methods of process {processId} (count, state machine, await point; reachable only) ---");
        var pending = new Dictionary<string, int>(StringComparer.Ordinal);
        var semaphores = new List<string>();
        foreach (var address in reachable)
        {
            var obj = runtime.Heap.GetObject(address);
            var name = obj.Type?.Name;
            if (name is null)
            {
                continue;
            }

            if (name.Contains("AsyncStateMachineBox", StringComparison.Ordinal) && PendingStateMachine(obj) is { } key)
            {
                pending[key] = pending.GetValueOrDefault(key) + 1;
            }
            else if (name == "System.Threading.SemaphoreSlim" && obj.ReadField<int>("m_currentCount") == 0 &&
                (obj.ReadObjectField("m_asyncHead").IsValid || obj.ReadField<int>("m_waitCount") > 0))
            {
                semaphores.Add($"SemaphoreSlim {address:x}: taken, {obj.ReadField<int>("m_waitCount")} blocked thread(s), async waiters: {(obj.ReadObjectField("m_asyncHead").IsValid ? "yes" : "no")}");
            }
        }

        foreach (var (key, count) in pending.OrderBy(entry => entry.Key, StringComparer.Ordinal))
        {
            text.AppendLine($"{count,5} {key}");
        }

        text.AppendLine("--- semaphores someone waits for ---");
        semaphores.ForEach(line => text.AppendLine(line));
        return text.ToString();
    }

    /// <summary>The addresses of the objects reachable from the runtime's roots.</summary>
    private static HashSet<ulong> Reachable(ClrHeap heap)
    {
        var seen = new HashSet<ulong>();
        var stack = new Stack<ClrObject>();
        foreach (var root in heap.EnumerateRoots())
        {
            if (root.Object.IsValid && seen.Add(root.Object.Address))
            {
                stack.Push(root.Object);
            }
        }

        while (stack.Count > 0)
        {
            foreach (var reference in stack.Pop().EnumerateReferences(carefully: false, considerDependantHandles: true))
            {
                if (reference.IsValid && seen.Add(reference.Address))
                {
                    stack.Push(reference);
                }
            }
        }

        return seen;
    }

    /// <summary>A frame without its generic instantiations (<c>[[System.__Canon, …]]</c>), which make frames unreadably long.</summary>
    private static string WithoutInstantiations(string? frame)
    {
        if (frame is null)
        {
            return "";
        }

        var text = new StringBuilder(frame.Length);
        var depth = 0;
        for (var i = 0; i < frame.Length; i++)
        {
            if (frame[i] == '[' && i + 1 < frame.Length && frame[i + 1] == '[')
            {
                depth++;
            }

            if (depth == 0)
            {
                text.Append(frame[i]);
            }
            else if (frame[i] == ']' && i > 0 && frame[i - 1] == ']' && (i + 1 >= frame.Length || frame[i + 1] != ']'))
            {
                depth--;
            }
        }

        return text.ToString();
    }

    /// <summary>"type state=N" for a state machine waiting at an await (state ≥ 0), null when finished or not started.</summary>
    private static string? PendingStateMachine(ClrObject box)
    {
        if (box.Type?.GetFieldByName("StateMachine") is not { Type: { } type } field)
        {
            return null;
        }

        var stateField = type.GetFieldByName("<>1__state");
        if (stateField is null)
        {
            return null;
        }

        var state = type.IsValueType
            ? stateField.Read<int>(field.GetAddress(box.Address), interior: true)
            : stateField.Read<int>(box.ReadObjectField("StateMachine").Address, interior: false);
        return state >= 0 ? $"{type.Name} state={state}" : null;
    }
}
