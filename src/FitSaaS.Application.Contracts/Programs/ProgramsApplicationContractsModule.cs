using FitSaaS.Framework.Authorization;
using FitSaaS.Framework.Modularity;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Programs;

/// <summary>The Programs module's application-service contracts, DTOs and permission definitions.</summary>
[DependsOn(typeof(ProgramsDomainSharedModule))]
public sealed class ProgramsApplicationContractsModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Services.Configure<PermissionOptions>(options =>
        {
            options.DefinitionProviders.Add(typeof(ProgramsPermissionDefinitionProvider));
            options.GrantToRole("member", ProgramsPermissions.Exercises.Default, ProgramsPermissions.BodyMetrics.Default, ProgramsPermissions.Goals.Default);
            options.GrantToRole(
                "staff",
                ProgramsPermissions.Exercises.Default,
                ProgramsPermissions.Exercises.Create,
                ProgramsPermissions.Exercises.Update,
                ProgramsPermissions.Exercises.Delete,
                ProgramsPermissions.BodyMetrics.Default,
                ProgramsPermissions.BodyMetrics.ManageDefinitions,
                ProgramsPermissions.BodyMetrics.ManageForMembers,
                ProgramsPermissions.Goals.Default,
                ProgramsPermissions.Goals.ManageForMembers);
        });
    }
}
