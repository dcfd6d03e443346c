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
            options.GrantToRole(
                "member",
                ProgramsPermissions.Exercises.Default,
                ProgramsPermissions.Results.Default,
                ProgramsPermissions.Leaderboards.Default);
            options.GrantToRole(
                "staff",
                ProgramsPermissions.Exercises.Default,
                ProgramsPermissions.Exercises.Create,
                ProgramsPermissions.Exercises.Update,
                ProgramsPermissions.Exercises.Delete,
                ProgramsPermissions.Results.Default,
                ProgramsPermissions.Results.LogForMembers,
                ProgramsPermissions.Results.ManageAll,
                ProgramsPermissions.Leaderboards.Default);
        });
    }
}
