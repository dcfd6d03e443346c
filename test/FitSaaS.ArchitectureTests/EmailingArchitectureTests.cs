using System.Reflection;

namespace FitSaaS.ArchitectureTests;

/// <summary>E-mail on MailKit stays server-side, and no SMTP client of our own (System.Net.Mail) is left.</summary>
public sealed class EmailingArchitectureTests
{
    [Fact]
    public void ClientPackages_DoNotPullMailKit()
    {
        foreach (var client in new[] { typeof(FitSaaSHttpApiClientModule).Assembly, typeof(Framework.Http.Client.HttpClientProxy).Assembly })
        {
            ReferencesOfOurAssemblies(client).ShouldNotContain(name => name == "MailKit" || name == "MimeKit" || name == "FitSaaS.Framework.MailKit", client.GetName().Name);
        }
    }

    [Fact]
    public void NoAssemblyOfOurs_UsesSystemNetMail()
    {
        ReferencesOfOurAssemblies(typeof(FitSaaSHttpApiHostModule).Assembly).ShouldNotContain("System.Net.Mail");
        ReferencesOfOurAssemblies(typeof(FitSaaSHttpApiHostModule).Assembly).ShouldContain("MailKit");
    }

    /// <summary>Every assembly referenced by <paramref name="root"/> or by a FitSaaS assembly it references, transitively.</summary>
    private static HashSet<string> ReferencesOfOurAssemblies(Assembly root)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var references = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Assembly>([root]);
        while (pending.TryPop(out var assembly))
        {
            if (!seen.Add(assembly.GetName().Name!))
            {
                continue;
            }

            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                references.Add(reference.Name!);
                if (reference.Name!.StartsWith("FitSaaS.", StringComparison.Ordinal))
                {
                    pending.Push(Assembly.Load(reference));
                }
            }
        }

        return references;
    }
}
