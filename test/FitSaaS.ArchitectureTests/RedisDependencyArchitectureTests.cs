using System.Reflection;
using FitSaaS.Framework.Application;

namespace FitSaaS.ArchitectureTests;

/// <summary>
/// The Redis integration (StackExchange.Redis and the kit's assembly around it) is server-side: nothing a client package
/// reaches through its assembly references may pull it in (issue #12 §2, ARCHITECTURE.md §1).
/// </summary>
public sealed class RedisDependencyArchitectureTests
{
    private static readonly string[] s_serverSideRedis =
        ["StackExchange.Redis", "RESPite", "Microsoft.Extensions.Caching.StackExchangeRedis", "FitSaaS.Framework.Caching.StackExchangeRedis"];

    [Fact]
    public void ClientPackagesAndTheCoreFramework_DoNotReachRedis()
    {
        Assembly[] roots = [typeof(FitSaaSHttpApiClientModule).Assembly, typeof(Framework.Http.Client.HttpClientProxy).Assembly, typeof(IApplicationService).Assembly];

        var reached = Closure(roots);

        reached.Intersect(s_serverSideRedis).ShouldBeEmpty();
        reached.ShouldContain("FitSaaS.Framework"); // the walk does follow project references...
        Closure([typeof(Framework.Caching.StackExchangeRedis.FitSaaSCachingStackExchangeRedisModule).Assembly])
            .ShouldContain("StackExchange.Redis"); // ...and would see Redis where it is
    }

    private static HashSet<string> Closure(IEnumerable<Assembly> roots)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Assembly>(roots);
        while (pending.TryPop(out var assembly))
        {
            if (!seen.Add(assembly.GetName().Name!))
            {
                continue;
            }

            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                if (seen.Contains(reference.Name!) || reference.Name!.StartsWith("System", StringComparison.Ordinal) || reference.Name == "netstandard")
                {
                    continue;
                }

                try
                {
                    pending.Push(Assembly.Load(reference));
                }
                catch (FileNotFoundException)
                {
                    seen.Add(reference.Name); // not deployed with the tests: still a reference, listed by name
                }
            }
        }

        return seen;
    }
}
