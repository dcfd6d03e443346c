using System.Reflection;
using FitSaaS.Framework.Http;
using System.Xml.XPath;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace FitSaaS.Framework.AspNetCore.AutoApi;

/// <summary>
/// Gives emitted auto API actions the summary and remarks of their contract method's XML docs
/// (the emitted controller has no docs of its own), so the OpenAPI document describes each operation.
/// </summary>
internal sealed class ContractXmlDocsOperationFilter(IReadOnlyList<XPathDocument> documents) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.ActionDescriptor is not ControllerActionDescriptor action ||
            action.ControllerTypeInfo.GetCustomAttribute<AutoApiControllerAttribute>() is not { } marker)
        {
            return;
        }

        var parameterTypes = action.MethodInfo.GetParameters().Select(p => p.ParameterType).ToArray();
        var contractMethod = HttpApiConventions.GetActionMethods(marker.ServiceInterface)
            .FirstOrDefault(m => m.Name == action.MethodInfo.Name && m.GetParameters().Select(p => p.ParameterType).SequenceEqual(parameterTypes));
        if (contractMethod is null)
        {
            return;
        }

        var memberName = XmlCommentsNodeNameHelper.GetMemberNameForMethod(contractMethod);
        foreach (var document in documents)
        {
            var node = document.CreateNavigator().SelectSingleNode($"/doc/members/member[@name='{memberName}']");
            if (node is null)
            {
                continue;
            }

            operation.Summary ??= Clean(node.SelectSingleNode("summary")?.Value);
            var exceptions = node.Select("exception");
            var errors = new List<string>();
            while (exceptions.MoveNext())
            {
                errors.Add(Clean(exceptions.Current?.Value) ?? string.Empty);
            }

            if (errors.Count > 0)
            {
                operation.Description = "Errors: " + string.Join("; ", errors.Where(e => e.Length > 0));
            }

            return;
        }
    }

    private static string? Clean(string? text) =>
        text is null ? null : string.Join(' ', text.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
}
