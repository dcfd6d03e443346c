using FitSaaS.Framework.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace FitSaaS.Framework.AspNetCore.AutoApi;

/// <summary>
/// Gives emitted auto API actions their <c>operationId</c> (<see cref="OpenApiOperationIds"/>) and the summary and error
/// notes of their contract method's XML docs (the emitted controller has no docs of its own), so the OpenAPI document
/// describes each operation. Error codes named with <c>&lt;see cref&gt;</c> appear as the code; their HTTP statuses are
/// listed by <see cref="ProblemResponsesOperationFilter"/> from the modules' error-status map.
/// </summary>
internal sealed class ContractXmlDocsOperationFilter(ContractXmlDocs docs) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (ContractXmlDocs.FindContractMethod(context.ApiDescription) is not var (contract, method))
        {
            return;
        }

        operation.OperationId = OpenApiOperationIds.Get(contract, method);
        if (docs.FindMethod(method) is not { } member)
        {
            return;
        }

        operation.Summary ??= docs.Render(member.SelectSingleNode("summary"));
        var errors = docs.GetExceptions(member).Select(e => e.Text).Where(t => t.Length > 0).ToList();
        if (errors.Count > 0)
        {
            operation.Description = "Errors: " + string.Join(" ", errors);
        }
    }
}
