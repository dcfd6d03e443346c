using System.Data.Common;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Users;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FitSaaS.Framework.AspNetCore.ExceptionHandling;

/// <summary>
/// Turns every exception into RFC 9457 problem details with <c>code</c> and <c>traceId</c>
/// extensions: validation → 400 with <c>errors</c>; <see cref="AuthorizationException"/> → 401/403;
/// <see cref="EntityNotFoundException"/> → 404; <see cref="BusinessException"/> → 422 or the mapped
/// status, with <c>data</c>; bad JSON → 400; a database refusal (SQLSTATE 42501, e.g. a row-level-security
/// policy) → 403 <c>FitSaaS:RowLevelSecurityViolation</c>; a transaction the database aborted to break a deadlock or a
/// serialization conflict (SQLSTATE 40P01, 40001) → 409 <c>FitSaaS:ConcurrencyConflict</c>; anything else → 500 without internals.
/// </summary>
internal sealed partial class FitSaaSExceptionHandler(
    IProblemDetailsService problemDetails,
    IOptions<ExceptionHttpStatusOptions> statusOptions,
    ICurrentUser currentUser,
    ILogger<FitSaaSExceptionHandler> logger) : IExceptionHandler
{
    private const string RowLevelSecurityViolationCode = "FitSaaS:RowLevelSecurityViolation";
    private const string ConcurrencyConflictCode = "FitSaaS:ConcurrencyConflict";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ToProblem(exception, httpContext);
        if (problem.Status >= 500)
        {
            LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        }
        else
        {
            LogHandled(logger, problem.Status ?? 0, problem.Extensions["code"] as string, exception.Message);
        }

        httpContext.Response.StatusCode = problem.Status ?? 500;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private ProblemDetails ToProblem(Exception exception, HttpContext httpContext)
    {
        switch (exception)
        {
            case FitSaaSValidationException validation:
                return FitSaaSProblems.WithCode(new HttpValidationProblemDetails(validation.Errors.ToDictionary(e => e.Key, e => e.Value))
                {
                    Status = 400,
                    Title = "One or more validation errors occurred.",
                }, httpContext, validation.Code);
            case AuthorizationException authorization when !currentUser.IsAuthenticated:
                return FitSaaSProblems.WithCode(new ProblemDetails { Status = 401, Title = "Authentication is required.", Detail = authorization.Message }, httpContext, AuthorizationException.UnauthenticatedCode);
            case AuthorizationException authorization:
                var forbidden = FitSaaSProblems.WithCode(new ProblemDetails { Status = 403, Title = "Forbidden.", Detail = authorization.Message }, httpContext, authorization.Code);
                if (authorization.PermissionName is { } permission)
                {
                    forbidden.Extensions["permission"] = permission;
                }

                return forbidden;
            case EntityNotFoundException notFound:
                return FitSaaSProblems.WithCode(new ProblemDetails { Status = 404, Title = "Not found.", Detail = notFound.Message }, httpContext, notFound.Code);
            case BusinessException business:
                var status = statusOptions.Value.CodeStatuses.TryGetValue(business.Code, out var mapped) ? mapped : 422;
                var problem = FitSaaSProblems.WithCode(new ProblemDetails { Status = status, Title = business.Message, Detail = business.Message }, httpContext, business.Code);
                if (business.Details.Count > 0)
                {
                    problem.Extensions["data"] = business.Details;
                }

                return problem;
            case BadHttpRequestException badRequest:
                return FitSaaSProblems.WithCode(new ProblemDetails { Status = badRequest.StatusCode, Title = "Bad request.", Detail = badRequest.Message }, httpContext, "FitSaaS:BadRequest");
            case var refused when IsDatabaseRefusal(refused):
                // PostgreSQL refused rows by its row-level-security policy (or a privilege), e.g. another tenant's: never a 500.
                return FitSaaSProblems.WithCode(new ProblemDetails { Status = 403, Title = "Forbidden.", Detail = "The database refused access to these rows." }, httpContext, RowLevelSecurityViolationCode);
            case var conflict when IsTransactionConflict(conflict):
                // The database aborted the transaction to break a deadlock or a serialization conflict: nothing was written,
                // and the same request may succeed when retried.
                return FitSaaSProblems.WithCode(
                    new ProblemDetails { Status = 409, Title = "The data was changed by someone else; retry.", Detail = "A concurrent change conflicted with this one; nothing was saved." },
                    httpContext,
                    ConcurrencyConflictCode);
            case OperationCanceledException:
                return FitSaaSProblems.WithCode(new ProblemDetails { Status = 499, Title = "The request was cancelled." }, httpContext, "FitSaaS:Cancelled");
            default:
                return FitSaaSProblems.WithCode(new ProblemDetails { Status = 500, Title = "An unexpected error occurred." }, httpContext, "FitSaaS:InternalError");
        }
    }

    private static bool IsDatabaseRefusal(Exception exception) => HasSqlState(exception, "42501");

    // SQLSTATE 40P01 deadlock_detected, 40001 serialization_failure (PostgreSQL; SQL standard class 40, transaction rollback).
    private static bool IsTransactionConflict(Exception exception) => HasSqlState(exception, "40P01") || HasSqlState(exception, "40001");

    private static bool HasSqlState(Exception exception, string sqlState)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is DbException { SqlState: { } state } && state == sqlState)
            {
                return true;
            }
        }

        return false;
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Request failed with {Status} {Code}: {Message}")]
    private static partial void LogHandled(ILogger logger, int status, string? code, string message);
}
