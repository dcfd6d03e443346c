using FitSaaS.EntityFrameworkCore;
using FitSaaS.Framework.PersonalData;
using FitSaaS.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.ArchitectureTests;

/// <summary>
/// Every module that stores personal data takes part in data subject requests (ADR 0057). A module stores personal data
/// when one of its EF-mapped entities (namespace <c>FitSaaS.&lt;Module&gt;[.…]</c>) is the user itself (an
/// <see cref="IdentityUser{TKey}"/>) or has a member reference: a <see cref="Guid"/> property named <c>MemberId</c>,
/// <c>…MemberId</c>, <c>MemberUserId</c>, <c>UserId</c>, <c>…UserId</c>, <c>SignerId</c>, <c>GuardianId</c>, <c>SubjectId</c>
/// or <c>RespondentId</c>. Such a module must register an <see cref="IPersonalDataHandler"/> whose type lives in
/// <c>FitSaaS.&lt;Module&gt;[.…]</c> or <c>FitSaaS.EntityFrameworkCore.&lt;Module&gt;[.…]</c>.
/// </summary>
public sealed class PersonalDataArchitectureTests(FitSaaSApplicationFixture fixture) : IClassFixture<FitSaaSApplicationFixture>
{
    /// <summary>Modules exempt from the rule, with the reason (GDPR Art. 17(3)).</summary>
    private static readonly Dictionary<string, string> s_exempt = new(StringComparer.Ordinal)
    {
        ["AuditLogging"] = "The audit trail is the tenant's accountability record (Art. 5(2), 17(3)(b) and (e)); its retention job prunes it.",
    };

    private static readonly string[] s_exactNames = ["SignerId", "GuardianId", "SubjectId", "RespondentId"];

    [Fact]
    public void EveryModuleStoringPersonalData_HasAPersonalDataHandler()
    {
        using var scope = fixture.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<FitSaaSDbContext>().Model;
        var handlerModules = scope.ServiceProvider.GetServices<IPersonalDataHandler>()
            .Select(h => ModuleOfHandler(h.GetType()))
            .ToHashSet(StringComparer.Ordinal);

        var storing = PersonalDataEntities(model)
            .GroupBy(t => ModuleOf(t.ClrType))
            .Where(g => !s_exempt.ContainsKey(g.Key))
            .ToDictionary(g => g.Key, g => g.Select(t => t.ClrType.Name).Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);

        // The rule finds the modules we know store members' data (a check of the rule itself).
        foreach (var known in new[] { "Identity", "Bookings", "Billing", "Programs" })
        {
            storing.Keys.ShouldContain(known);
        }

        var offenders = storing.Where(m => !handlerModules.Contains(m.Key))
            .Select(m => $"{m.Key} ({string.Join(", ", m.Value)})")
            .ToList();
        offenders.ShouldBeEmpty("These modules store personal data but register no IPersonalDataHandler in their namespace.");
    }

    [Fact]
    public void PersonalDataHandlers_HaveUniqueAreasNamedAfterTheirModule()
    {
        using var scope = fixture.CreateScope();
        var handlers = scope.ServiceProvider.GetServices<IPersonalDataHandler>().ToList();

        handlers.Count.ShouldBeGreaterThanOrEqualTo(4);
        handlers.Select(h => h.Area).ShouldBeUnique();
        foreach (var handler in handlers)
        {
            handler.Area.ShouldStartWith(ModuleOfHandler(handler.GetType()) + ".", customMessage: handler.GetType().FullName);
        }
    }

    private static IEnumerable<IEntityType> PersonalDataEntities(IModel model) =>
        model.GetEntityTypes()
            .Where(t => !t.IsOwned() && t.ClrType.Namespace?.StartsWith("FitSaaS.", StringComparison.Ordinal) == true)
            .Where(t => IsUser(t.ClrType) || t.GetProperties().Any(IsMemberReference));

    private static bool IsUser(Type type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IdentityUser<>))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsMemberReference(IProperty property) =>
        (property.ClrType == typeof(Guid) || property.ClrType == typeof(Guid?))
        && (property.Name.EndsWith("MemberId", StringComparison.Ordinal)
            || property.Name.EndsWith("UserId", StringComparison.Ordinal)
            || s_exactNames.Contains(property.Name, StringComparer.Ordinal));

    private static string ModuleOf(Type type) => SegmentAfter(type.Namespace!, "FitSaaS.");

    private static string ModuleOfHandler(Type type)
    {
        var ns = type.Namespace ?? string.Empty;
        return ns.StartsWith("FitSaaS.EntityFrameworkCore.", StringComparison.Ordinal)
            ? SegmentAfter(ns, "FitSaaS.EntityFrameworkCore.")
            : SegmentAfter(ns, "FitSaaS.");
    }

    private static string SegmentAfter(string ns, string prefix) =>
        ns.StartsWith(prefix, StringComparison.Ordinal) ? ns[prefix.Length..].Split('.')[0] : ns;
}
