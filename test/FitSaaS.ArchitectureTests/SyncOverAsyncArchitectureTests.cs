using System.Collections.Frozen;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;

namespace FitSaaS.ArchitectureTests;

/// <summary>
/// Issue 13 §1, ADR 0036: no sync-over-async in <c>src/</c>. The compiled IL of every FitSaaS assembly is scanned for calls
/// that block on a task — <c>Task&lt;T&gt;.Result</c>, <c>ValueTask&lt;T&gt;.Result</c>, <c>Task.Wait*</c>, and an awaiter's
/// <c>GetResult()</c> outside the state machines the compiler emits for <c>await</c> — and the source text for
/// <c>.GetAwaiter().GetResult()</c> (which inside an async method compiles like an <c>await</c>). No allow-list.
/// </summary>
public sealed partial class SyncOverAsyncArchitectureTests
{
    private static readonly FrozenDictionary<short, OperandType> s_operandTypes = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToFrozenDictionary(o => o.Value, o => o.OperandType);

    [Fact]
    public void NoAssemblyOfSrc_BlocksOnATask()
    {
        var offenders = SrcAssemblyPaths().SelectMany(BlockingCalls).ToList();

        offenders.ShouldBeEmpty("await instead of blocking on a task (ADR 0036)");
    }

    [Fact]
    public void NoSourceFileOfSrc_CallsGetAwaiterGetResult()
    {
        var root = RepositoryRoot();
        var offenders = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => GetAwaiterGetResult().IsMatch(l.Text) && !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .Select(l => $"{Path.GetRelativePath(root, l.File)}:{l.Line}")
            .ToList();

        offenders.ShouldBeEmpty("await instead of .GetAwaiter().GetResult() (ADR 0036)");
    }

    [Fact]
    public void TheScan_FindsBlockingCalls()
    {
        // The scan must be able to fail: this test assembly blocks on purpose below.
        var found = BlockingCalls(typeof(SyncOverAsyncArchitectureTests).Assembly.Location).ToList();

        found.ShouldContain(f => f.Contains(nameof(BlocksOnPurpose), StringComparison.Ordinal) && f.Contains("get_Result", StringComparison.Ordinal));
        found.ShouldContain(f => f.Contains(nameof(BlocksOnPurpose), StringComparison.Ordinal) && f.Contains("Wait", StringComparison.Ordinal));
        found.ShouldContain(f => f.Contains(nameof(BlocksOnPurpose), StringComparison.Ordinal) && f.Contains("TaskAwaiter`1.GetResult", StringComparison.Ordinal));
        found.ShouldNotContain(f => f.Contains(nameof(AwaitsProperly), StringComparison.Ordinal));
    }

    [Fact]
    public void EverySrcProject_IsScanned()
    {
        var projects = Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src"), "*.csproj", SearchOption.AllDirectories)
            .Select(Path.GetFileNameWithoutExtension)
            .ToList();

        projects.Count.ShouldBeGreaterThan(10);
        SrcAssemblyPaths().Select(Path.GetFileNameWithoutExtension).ShouldBe(projects, ignoreOrder: true);
    }

    private static int BlocksOnPurpose(Task<int> task)
    {
        task.Wait();
        _ = task.GetAwaiter().GetResult();
        return task.Result;
    }

    private static async Task<int> AwaitsProperly(Task<int> task) => await task + await task.ConfigureAwait(false);

    private static IEnumerable<string> SrcAssemblyPaths()
    {
        var root = RepositoryRoot();
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Name;
        foreach (var project in Directory.EnumerateFiles(Path.Combine(root, "src"), "*.csproj", SearchOption.AllDirectories))
        {
            var name = Path.GetFileNameWithoutExtension(project);
            var beside = Path.Combine(AppContext.BaseDirectory, name + ".dll");
            var built = Path.Combine(root, "artifacts", "bin", name, configuration, name + ".dll");
            yield return File.Exists(beside) ? beside
                : File.Exists(built) ? built
                : throw new FileNotFoundException($"{name} is not built (looked for {beside} and {built}); build the solution first.");
        }
    }

    private static IEnumerable<string> BlockingCalls(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var results = new List<string>();
        foreach (var typeHandle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(typeHandle);
            var isStateMachine = type.GetInterfaceImplementations()
                .Select(i => TypeName(metadata, metadata.GetInterfaceImplementation(i).Interface))
                .Any(n => n is "System.Runtime.CompilerServices.IAsyncStateMachine");
            foreach (var methodHandle in type.GetMethods())
            {
                var method = metadata.GetMethodDefinition(methodHandle);
                // <Main> is the entry point the compiler emits for an async Main (top-level statements): the runtime calls
                // entry points synchronously, so it blocks on the real, asynchronous Main by design.
                if (method.RelativeVirtualAddress == 0 || metadata.GetString(method.Name) == "<Main>")
                {
                    continue;
                }

                var il = pe.GetMethodBody(method.RelativeVirtualAddress).GetILReader();
                foreach (var callee in Calls(metadata, il))
                {
                    if (IsBlocking(callee, isStateMachine))
                    {
                        results.Add($"{Path.GetFileName(assemblyPath)}: {FullName(metadata, type)}.{metadata.GetString(method.Name)} calls {callee}");
                    }
                }
            }
        }

        return results;
    }

    private static bool IsBlocking(string callee, bool inStateMachine) =>
        callee.StartsWith("System.Threading.Tasks.Task`1.get_Result", StringComparison.Ordinal)
        || callee.StartsWith("System.Threading.Tasks.ValueTask`1.get_Result", StringComparison.Ordinal)
        || callee is "System.Threading.Tasks.Task.Wait" or "System.Threading.Tasks.Task.WaitAll" or "System.Threading.Tasks.Task.WaitAny"
        || (!inStateMachine && callee.StartsWith("System.Runtime.CompilerServices.", StringComparison.Ordinal)
            && callee.Contains("Awaiter", StringComparison.Ordinal) && callee.EndsWith(".GetResult", StringComparison.Ordinal));

    private static IEnumerable<string> Calls(MetadataReader metadata, BlobReader il)
    {
        var calls = new List<string>();
        while (il.RemainingBytes > 0)
        {
            short code = il.ReadByte();
            if (code == 0xFE)
            {
                code = unchecked((short)(0xFE00 | il.ReadByte()));
            }

            var operand = s_operandTypes.TryGetValue(code, out var type) ? type : OperandType.InlineNone;
            if (code is 0x28 or 0x6F) // call, callvirt
            {
                calls.Add(MemberName(metadata, MetadataTokens.EntityHandle(il.ReadInt32())));
                continue;
            }

            switch (operand)
            {
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    il.Offset += 1;
                    break;
                case OperandType.InlineVar:
                    il.Offset += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    il.Offset += 8;
                    break;
                case OperandType.InlineSwitch:
                    var count = il.ReadInt32();
                    il.Offset += 4 * count;
                    break;
                default:
                    il.Offset += 4;
                    break;
            }
        }

        return calls;
    }

    private static string MemberName(MetadataReader metadata, EntityHandle handle) => handle.Kind switch
    {
        HandleKind.MethodDefinition => MethodDefinitionName(metadata, (MethodDefinitionHandle)handle),
        HandleKind.MemberReference => $"{TypeName(metadata, metadata.GetMemberReference((MemberReferenceHandle)handle).Parent)}.{metadata.GetString(metadata.GetMemberReference((MemberReferenceHandle)handle).Name)}",
        HandleKind.MethodSpecification => MemberName(metadata, metadata.GetMethodSpecification((MethodSpecificationHandle)handle).Method),
        _ => string.Empty,
    };

    private static string MethodDefinitionName(MetadataReader metadata, MethodDefinitionHandle handle)
    {
        var method = metadata.GetMethodDefinition(handle);
        return $"{FullName(metadata, metadata.GetTypeDefinition(method.GetDeclaringType()))}.{metadata.GetString(method.Name)}";
    }

    private static string TypeName(MetadataReader metadata, EntityHandle handle) => handle.Kind switch
    {
        HandleKind.TypeReference => TypeReferenceName(metadata, (TypeReferenceHandle)handle),
        HandleKind.TypeDefinition => FullName(metadata, metadata.GetTypeDefinition((TypeDefinitionHandle)handle)),
        HandleKind.TypeSpecification => GenericTypeName(metadata, metadata.GetTypeSpecification((TypeSpecificationHandle)handle)),
        _ => string.Empty,
    };

    private static string TypeReferenceName(MetadataReader metadata, TypeReferenceHandle handle)
    {
        var reference = metadata.GetTypeReference(handle);
        var name = metadata.GetString(reference.Name);
        return reference.ResolutionScope.Kind == HandleKind.TypeReference
            ? $"{TypeReferenceName(metadata, (TypeReferenceHandle)reference.ResolutionScope)}.{name}"
            : $"{metadata.GetString(reference.Namespace)}.{name}";
    }

    /// <summary>The generic type of a <c>Task&lt;int&gt;</c>-like specification: reads the signature's head (GENERICINST, CLASS/VALUETYPE, token).</summary>
    private static string GenericTypeName(MetadataReader metadata, TypeSpecification specification)
    {
        var blob = metadata.GetBlobReader(specification.Signature);
        if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance)
        {
            return string.Empty;
        }

        _ = blob.ReadSignatureTypeCode(); // class or value type
        return TypeName(metadata, blob.ReadTypeHandle());
    }

    private static string FullName(MetadataReader metadata, TypeDefinition type)
    {
        var name = metadata.GetString(type.Name);
        var declaring = type.GetDeclaringType();
        return declaring.IsNil ? $"{metadata.GetString(type.Namespace)}.{name}" : $"{FullName(metadata, metadata.GetTypeDefinition(declaring))}.{name}";
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FitSaaS.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("FitSaaS.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\.GetAwaiter\(\)\s*\.GetResult\(\)")]
    private static partial Regex GetAwaiterGetResult();
}
