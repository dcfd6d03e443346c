using System.Reflection;
using FitSaaS.EntityFrameworkCore;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Testing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.ArchitectureTests;

public sealed class ArchitectureTests(FitSaaSApplicationFixture fixture) : IClassFixture<FitSaaSApplicationFixture>
{
    private static readonly Assembly s_domainShared = typeof(FitSaaSDomainSharedModule).Assembly;
    private static readonly Assembly s_domain = typeof(FitSaaSDomainModule).Assembly;
    private static readonly Assembly s_contracts = typeof(FitSaaSApplicationContractsModule).Assembly;
    private static readonly Assembly s_application = typeof(FitSaaSApplicationModule).Assembly;
    private static readonly Assembly s_efCore = typeof(FitSaaSDbContext).Assembly;

    [Theory]
    [InlineData("FitSaaS.Domain.Shared", new[] { "FitSaaS.Domain", "FitSaaS.Application", "FitSaaS.Application.Contracts", "FitSaaS.EntityFrameworkCore", "Microsoft.EntityFrameworkCore", "FitSaaS.HttpApi.Host" })]
    [InlineData("FitSaaS.Domain", new[] { "FitSaaS.Application", "FitSaaS.Application.Contracts", "FitSaaS.EntityFrameworkCore", "Microsoft.EntityFrameworkCore", "FitSaaS.HttpApi.Host" })]
    [InlineData("FitSaaS.Application.Contracts", new[] { "FitSaaS.Domain", "FitSaaS.Application", "FitSaaS.EntityFrameworkCore", "Microsoft.EntityFrameworkCore", "FitSaaS.HttpApi.Host" })]
    [InlineData("FitSaaS.Application", new[] { "FitSaaS.EntityFrameworkCore", "Microsoft.EntityFrameworkCore", "FitSaaS.HttpApi.Host" })]
    [InlineData("FitSaaS.Framework", new[] { "FitSaaS.Domain", "FitSaaS.Domain.Shared", "Microsoft.EntityFrameworkCore", "FitSaaS.Framework.AspNetCore" })]
    [InlineData("FitSaaS.Framework.Http.Client", new[] { "FitSaaS.Domain", "FitSaaS.Application", "FitSaaS.Application.Contracts", "Microsoft.EntityFrameworkCore", "FitSaaS.Framework.AspNetCore", "Microsoft.AspNetCore.Mvc.Core", "FitSaaS.HttpApi.Host" })]
    [InlineData("FitSaaS.HttpApi.Client", new[] { "FitSaaS.Domain", "FitSaaS.Application", "FitSaaS.EntityFrameworkCore", "Microsoft.EntityFrameworkCore", "FitSaaS.Framework.AspNetCore", "Microsoft.AspNetCore.Mvc.Core", "FitSaaS.HttpApi.Host" })]
    public void Layer_DoesNotReferenceForbiddenAssemblies(string assemblyName, string[] forbidden)
    {
        var assembly = new[]
            {
                s_domainShared, s_domain, s_contracts, s_application, typeof(IApplicationService).Assembly,
                typeof(Framework.Http.Client.HttpClientProxy).Assembly, typeof(FitSaaSHttpApiClientModule).Assembly,
            }
            .Single(a => a.GetName().Name == assemblyName);

        var references = assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        references.Intersect(forbidden).ShouldBeEmpty();
    }

    [Fact]
    public void EveryMappedEntity_IsMultiTenantOrHostEntity()
    {
        using var scope = fixture.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<FitSaaSDbContext>().Model;

        var offenders = model.GetEntityTypes()
            .Where(t => !t.IsOwned())
            .Select(t => t.ClrType)
            .Where(t => !typeof(IMultiTenant).IsAssignableFrom(t) && !typeof(IHostEntity).IsAssignableFrom(t))
            // Microsoft.AspNetCore.DataProtection.EntityFrameworkCore's key entity: host infrastructure we cannot mark.
            .Where(t => t != typeof(Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey))
            .Select(t => t.FullName)
            .ToList();

        model.GetEntityTypes().Count().ShouldBeGreaterThan(10);
        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void EveryApplicationServiceMethod_HasAuthorizeOrAllowAnonymous()
    {
        var services = s_application.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IApplicationService).IsAssignableFrom(t))
            .ToList();
        var offenders = new List<string>();
        foreach (var service in services)
        {
            var classAuthorized = service.GetCustomAttributes<AuthorizeAttribute>().Any() || service.GetCustomAttributes<AllowAnonymousAttribute>().Any();
            foreach (var contract in service.GetInterfaces().Where(i => i != typeof(IApplicationService) && typeof(IApplicationService).IsAssignableFrom(i)))
            {
                var map = service.GetInterfaceMap(contract);
                offenders.AddRange(map.TargetMethods
                    .Where(m => !classAuthorized && !m.GetCustomAttributes<AuthorizeAttribute>().Any() && !m.GetCustomAttributes<AllowAnonymousAttribute>().Any())
                    .Select(m => $"{service.Name}.{m.Name}"));
            }
        }

        services.Count.ShouldBeGreaterThan(3);
        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void ApplicationServiceContractMethods_AreAsync()
    {
        var offenders = s_contracts.GetExportedTypes()
            .Where(t => t.IsInterface && typeof(IApplicationService).IsAssignableFrom(t))
            .SelectMany(t => t.GetMethods().Select(m => (t, m)))
            .Where(x => !typeof(Task).IsAssignableFrom(x.m.ReturnType) || !x.m.Name.EndsWith("Async", StringComparison.Ordinal))
            .Select(x => $"{x.t.Name}.{x.m.Name}")
            .ToList();

        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void Aggregates_HaveNoPublicSetters()
    {
        var offenders = s_domain.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IAggregateRoot).IsAssignableFrom(t) && t.Namespace?.StartsWith("FitSaaS", StringComparison.Ordinal) == true)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(p => (t, p)))
            .Where(x => x.p.SetMethod?.IsPublic == true && !IsFrameworkProperty(x.p.Name))
            .Select(x => $"{x.t.Name}.{x.p.Name}")
            .ToList();

        offenders.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("FitSaaS.Programs", "Programs.Enabled")]
    public void EveryApplicationServiceOfAModuleWithAnEnabledFeature_RequiresIt(string moduleNamespace, string feature)
    {
        // A module switched off for a tenant must close all its endpoints: a new app service without the attribute fails here.
        var services = s_application.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IApplicationService).IsAssignableFrom(t) && t.Namespace == moduleNamespace)
            .ToList();

        var offenders = services
            .Where(t => !t.GetCustomAttributes<RequiresFeatureAttribute>().Any(a => a.Features.SequenceEqual([feature])))
            .Select(t => t.FullName)
            .ToList();

        services.ShouldNotBeEmpty();
        offenders.ShouldBeEmpty();
    }

    private static bool IsFrameworkProperty(string name) =>
        name is nameof(IHasConcurrencyStamp.ConcurrencyStamp) or "CreationTime" or "CreatorId" or "LastModificationTime" or "LastModifierId"
            or "IsDeleted" or "DeletionTime" or "DeleterId";
}
