using System.Reflection;
using System.Text.RegularExpressions;
using FitSaaS.EntityFrameworkCore;
using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.Modularity;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.ArchitectureTests;

/// <summary>
/// Issue 13 §2: <c>[DependsOn]</c> is complete. For every module class, the types it owns (its namespace in its assembly,
/// <see cref="ModuleTypeOwnership"/>) use only types of the modules it depends on, transitively, of the kit and of packages —
/// read from signatures and IL (<see cref="TypeUsage"/>) and, for constants the compiler inlines, from the <c>using</c>
/// directives of the module's source files. The modules are found in the product assemblies, not listed here: a new module is
/// checked without touching this test.
/// </summary>
public sealed partial class ModuleDependencyTests
{
    /// <summary>The product assemblies (the kit, <c>src/framework</c>, is allowed to everyone).</summary>
    private static readonly Assembly[] s_product =
    [
        typeof(FitSaaSDomainSharedModule).Assembly,
        typeof(FitSaaSDomainModule).Assembly,
        typeof(FitSaaSApplicationContractsModule).Assembly,
        typeof(FitSaaSApplicationModule).Assembly,
        typeof(FitSaaSEntityFrameworkCoreModule).Assembly,
        typeof(FitSaaSHttpApiHostModule).Assembly,
        typeof(FitSaaSHttpApiClientModule).Assembly,
    ];

    private static readonly IReadOnlyList<Type> s_modules = [.. s_product.SelectMany(ModuleTypeOwnership.GetModuleTypes)];

    [Fact]
    public void EveryModulesTypes_UseOnlyTypesOfModulesItDependsOn()
    {
        var offenders = new SortedSet<string>(StringComparer.Ordinal);
        var checkedTypes = 0;
        foreach (var module in s_modules)
        {
            var allowed = Closure(module);
            foreach (var type in ModuleTypeOwnership.GetOwnedTypes(module))
            {
                checkedTypes++;
                foreach (var used in TypeUsage.Of(type).Where(u => u.Namespace is not null && s_product.Contains(u.Assembly) && !IsSharedModel(type, u)))
                {
                    var owners = ModuleTypeOwnership.GetOwners(used);
                    if (owners.Count > 0 && !owners.Any(allowed.Contains))
                    {
                        offenders.Add($"{module.Name}: {type.FullName} uses {used.FullName} of {string.Join("/", owners.Select(o => o.Name))}");
                    }
                }
            }
        }

        s_modules.Count.ShouldBeGreaterThan(40);
        checkedTypes.ShouldBeGreaterThan(500);
        offenders.ShouldBeEmpty("add the used module to [DependsOn] (or stop using it):\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void EveryModulesSourceFiles_ImportOnlyNamespacesOfModulesItDependsOn()
    {
        var root = RepositoryRoot();
        var offenders = new SortedSet<string>(StringComparer.Ordinal);
        var files = 0;
        foreach (var assembly in s_product)
        {
            var folder = Path.Combine(root, "src", assembly.GetName().Name!);
            var modules = ModuleTypeOwnership.GetModuleTypes(assembly);
            foreach (var file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/Migrations/", StringComparison.Ordinal)))
            {
                var source = File.ReadAllText(file);
                if (FileNamespace().Match(source) is not { Success: true } ns)
                {
                    continue;
                }

                files++;
                var owners = OwnersOfNamespace(ns.Groups[1].Value, modules);
                var allowed = owners.SelectMany(Closure).ToHashSet();
                foreach (Match directive in UsingDirective().Matches(source))
                {
                    var imported = directive.Groups[1].Value;
                    // The modules owning that namespace in the assemblies that have types in it.
                    var importedModules = s_product
                        .Where(a => NamespacesOf(a).Contains(imported))
                        .SelectMany(a => OwnersOfNamespace(imported, ModuleTypeOwnership.GetModuleTypes(a)))
                        .Distinct()
                        .ToList();
                    if (importedModules.Count > 0 && !importedModules.Any(allowed.Contains) && !IsSharedModelNamespace(imported))
                    {
                        offenders.Add($"{Path.GetRelativePath(root, file)}: using {imported}; but {string.Join("/", owners.Select(o => o.Name))} depends on none of {string.Join(", ", importedModules.Select(m => m.Name))}");
                    }
                }
            }
        }

        files.ShouldBeGreaterThan(300);
        offenders.ShouldBeEmpty("add the imported module to [DependsOn] (or stop using it):\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void TheProgramsModule_IsOptional_NoOtherFeatureModuleDependsOnIt()
    {
        // The host test without Programs (ModuleExclusionTests) relies on this: only the layers' root modules name Programs.
        var dependants = s_modules
            .Where(m => m.Namespace?.EndsWith(".Programs", StringComparison.Ordinal) != true)
            .Where(m => Closure(m).Any(d => d != m && d.Namespace?.EndsWith(".Programs", StringComparison.Ordinal) == true))
            .Where(m => ModuleTypeOwnership.GetOwnedTypes(m).Any(t => t != m && TypeUsage.Of(t).Any(u => u.Namespace?.EndsWith(".Programs", StringComparison.Ordinal) == true && !IsSharedModel(t, u))))
            .Select(m => m.FullName)
            .ToList();

        dependants.ShouldBeEmpty("these modules use Programs: it could not be left out");
    }

    [Fact]
    public void EventContractExemption_CoversOnlyHandlersOfThatEvent()
    {
        // Messaging subscribes to Programs' WorkoutPublishedEto without depending on Programs (its handler and its state machine).
        var handler = typeof(FitSaaS.Messaging.WorkoutThreadStarter);
        var eto = typeof(FitSaaS.Programs.WorkoutPublishedEto);
        IsSharedModel(handler, eto).ShouldBeTrue();
        handler.GetNestedTypes(BindingFlags.NonPublic).ShouldContain(n => IsSharedModel(n, eto));

        // Anything else of Programs, or publishing the event from elsewhere, is no shared model.
        IsSharedModel(typeof(FitSaaS.Messaging.ConversationManager), eto).ShouldBeFalse();
        IsSharedModel(handler, typeof(FitSaaS.Programs.ProgramsErrorCodes)).ShouldBeFalse();
        IsSharedModel(handler, typeof(FitSaaS.Messaging.AnnouncementDeliveredEto)).ShouldBeFalse();
        ModuleTypeOwnership.GetOwners(eto).ShouldContain(typeof(FitSaaS.Programs.ProgramsDomainSharedModule));
    }

    [Fact]
    public void TheProgramsModule_CanBeLeftOutOfTheHost_InEveryLayer()
    {
        // ModuleContainer refuses to leave out a module a loaded module requires; only the layers' roots list Programs (optionally).
        static bool IsPrograms(Type module) => module.Namespace?.EndsWith(".Programs", StringComparison.Ordinal) == true;
        var full = ModuleContainer.Load(typeof(FitSaaSHttpApiHostModule));
        var container = ModuleContainer.Load(typeof(FitSaaSHttpApiHostModule), ModuleContainer.ExcludeByName(["Programs"]));

        container.ExcludedModuleTypes.Where(m => !IsPrograms(m)).ShouldBeEmpty();
        container.ExcludedModuleTypes.Count.ShouldBeGreaterThanOrEqualTo(3); // the domain, application and EF Core modules the roots list
        container.Modules.Select(m => m.Type).ShouldBe([.. full.Modules.Select(m => m.Type).Where(m => !IsPrograms(m))], ignoreOrder: true);
    }

    /// <summary>
    /// The one shared piece of the EF Core layer (ADR 0005, 0033): the single <see cref="FitSaaSDbContext"/> (with its provider
    /// subclasses) holds every module's model, so the modules' EF parts use it and it uses their model configuration; the
    /// settings that say which database it is (<see cref="DatabaseOptions"/>, <see cref="DatabaseProvider"/>) go with it (the
    /// job store and the tenant databases follow the host database's provider).
    /// </summary>
    private static bool IsSharedModel(Type user, Type used) =>
        typeof(FitSaaSDbContext).IsAssignableFrom(used) || used == typeof(DatabaseOptions) || used == typeof(DatabaseProvider) ||
        (typeof(DbContext).IsAssignableFrom(user) || user.DeclaringType is { } d && typeof(DbContext).IsAssignableFrom(d)) && IsModelConfiguration(used) ||
        IsSubscriptionToEventContract(user, used);

    /// <summary>
    /// A distributed event contract (ADR 0062): a type with <see cref="EventNameAttribute"/> in the Domain.Shared assembly is a
    /// wire contract, registered by its publishing module. A module may <em>subscribe</em> to it without depending on that
    /// module: the using type (or the type it is nested in, e.g. an async state machine) implements
    /// <see cref="IDistributedEventHandler{TEto}"/> of exactly that type. When the publisher is left out of the host the event
    /// is neither registered nor published, so the handler simply never runs. Publishing it, or using any other type of the
    /// module, still needs the dependency.
    /// </summary>
    private static bool IsSubscriptionToEventContract(Type user, Type used)
    {
        if (used.Assembly != typeof(FitSaaSDomainSharedModule).Assembly || used.GetCustomAttribute<EventNameAttribute>(inherit: false) is null)
        {
            return false;
        }

        var handler = typeof(IDistributedEventHandler<>).MakeGenericType(used);
        for (var t = user; t is not null; t = t.DeclaringType)
        {
            if (handler.IsAssignableFrom(t))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsModelConfiguration(Type type) =>
        type.Name.EndsWith("ModelBuilderExtensions", StringComparison.Ordinal) ||
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>));

    private static bool IsSharedModelNamespace(string ns) => ns == typeof(FitSaaSDbContext).Namespace;

    private static HashSet<Type> Closure(Type module)
    {
        var result = new HashSet<Type>();
        var stack = new Stack<Type>([module]);
        while (stack.TryPop(out var current))
        {
            if (!result.Add(current))
            {
                continue;
            }

            foreach (var dependency in current.GetCustomAttributes<DependsOnAttribute>(inherit: false).SelectMany(a => a.DependedModuleTypes))
            {
                stack.Push(dependency);
            }
        }

        return result;
    }

    private static HashSet<string> NamespacesOf(Assembly assembly) =>
        assembly.GetTypes().Select(t => t.Namespace).OfType<string>().ToHashSet(StringComparer.Ordinal);

    private static List<Type> OwnersOfNamespace(string ns, IReadOnlyList<Type> modules)
    {
        var owning = modules
            .Select(m => m.Namespace ?? string.Empty)
            .Where(m => ns == m || ns.StartsWith(m + ".", StringComparison.Ordinal))
            .OrderByDescending(m => m.Length)
            .FirstOrDefault()
            ?? modules.Select(m => m.Namespace ?? string.Empty).OrderBy(m => m.Length).First();
        return [.. modules.Where(m => m.Namespace == owning)];
    }

    private static string RepositoryRoot()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "FitSaaS.sln")))
        {
            root = root.Parent;
        }

        root.ShouldNotBeNull("FitSaaS.sln not found above the test's output folder.");
        return root.FullName;
    }

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();

    [GeneratedRegex(@"^using\s+(?:static\s+)?(FitSaaS(?:\.\w+)*)\s*;", RegexOptions.Multiline)]
    private static partial Regex UsingDirective();
}
