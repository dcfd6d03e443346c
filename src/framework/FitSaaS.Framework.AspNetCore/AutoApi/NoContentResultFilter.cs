using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace FitSaaS.Framework.AspNetCore.AutoApi;

/// <summary>Actions that return nothing (<see cref="Task"/>) answer 204 No Content, not an empty 200.</summary>
internal sealed class NoContentResultFilter : IAlwaysRunResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is EmptyResult)
        {
            context.Result = new NoContentResult();
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
