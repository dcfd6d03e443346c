using System.Reflection;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Http;
using FitSaaS.Framework.Modularity;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace FitSaaS.Framework.AspNetCore.AutoApi;

/// <summary>
/// Adds one emitted controller per public application-service contract the application's loaded modules own
/// (contracts marked <see cref="NoHttpApiAttribute"/> excepted; <see cref="HttpApiConventions.GetServiceContracts(ModuleContainer)"/>). Controllers are
/// emitted once, when MVC first asks for its controllers.
/// </summary>
internal sealed class AutoApiControllerFeatureProvider(ModuleContainer modules) : IApplicationFeatureProvider<ControllerFeature>
{
    private readonly Lazy<IReadOnlyList<Type>> _controllers = new(() => EmitAll(modules));

    public void PopulateFeature(IEnumerable<ApplicationPart> parts, ControllerFeature feature)
    {
        foreach (var controller in _controllers.Value)
        {
            var info = controller.GetTypeInfo();
            if (!feature.Controllers.Contains(info))
            {
                feature.Controllers.Add(info);
            }
        }
    }

    private static List<Type> EmitAll(ModuleContainer modules)
    {
        var emitter = new AutoApiControllerEmitter();
        return HttpApiConventions.GetServiceContracts(modules).Select(emitter.Emit).ToList();
    }
}
