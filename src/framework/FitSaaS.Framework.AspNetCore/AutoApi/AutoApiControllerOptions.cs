using System.Reflection;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Http;
using FitSaaS.Framework.Modularity;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace FitSaaS.Framework.AspNetCore.AutoApi;

/// <summary>
/// Adds one emitted controller per public application-service contract found in the application's
/// module assemblies (contracts marked <see cref="NoHttpApiAttribute"/> excepted). Controllers are
/// emitted once, when MVC first asks for its controllers.
/// </summary>
internal sealed class AutoApiControllerFeatureProvider(ModuleContainer modules) : IApplicationFeatureProvider<ControllerFeature>
{
    private readonly Lazy<IReadOnlyList<Type>> _controllers = new(() => EmitAll(modules.Modules.Select(m => m.Assembly)));

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

    private static List<Type> EmitAll(IEnumerable<Assembly> assemblies)
    {
        var emitter = new AutoApiControllerEmitter();
        return HttpApiConventions.GetServiceContracts(assemblies).Select(emitter.Emit).ToList();
    }
}
