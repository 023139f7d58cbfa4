using System.Text.Json;
using Pst.Core.Recipes;

namespace Pst.Core.Security;

/// <summary>
/// Recipe step <c>roles</c>: <c>{ "name": "roles", "roles": [ { "name": "Officer", "permissions": [ "admin.access" ] } ] }</c>.
/// A listed role the site lacks is created with exactly the permissions given; one it has with other permissions
/// (an administrator's change) keeps them unless overwriting. Roles not listed are left alone.
/// </summary>
public sealed class RolesRecipeStep(IRolePermissionStore roles, PermissionCatalogue catalogue) : IRecipeStep
{
    public string Name => "roles";

    public void Validate(JsonElement step, RecipeStepValidation validation)
    {
        validation.OnlyProperties(step, validation.StepPath, "name", "roles");
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (role, rolePath) in validation.ObjectArray(step, "roles", validation.StepPath, "roles"))
        {
            validation.OnlyProperties(role, rolePath, "name", "permissions");
            if (validation.RequiredString(role, "name", rolePath) is { } name && !seen.Add(name))
            {
                validation.Error(RecipeStepValidation.PathOf(rolePath, "name"), "The role '{0}' is listed twice.", name);
            }

            foreach (var (permission, permissionPath) in validation.StringArray(role, "permissions", rolePath, required: true))
            {
                if (catalogue.Find(permission) is null)
                {
                    validation.Error(permissionPath, "There is no permission '{0}'.", permission);
                }
            }
        }
    }

    public async Task ExecuteAsync(JsonElement step, RecipeExecution execution, CancellationToken cancellationToken)
    {
        var existing = (await roles.ListAsync(cancellationToken)).ToDictionary(r => r.Role, r => r.Permissions, StringComparer.OrdinalIgnoreCase);
        var index = 0;
        foreach (var role in step.GetProperty("roles").EnumerateArray())
        {
            var path = RecipeStepValidation.PathOf(RecipeStepValidation.PathOf(execution.StepPath, "roles"), index++);
            var name = role.GetProperty("name").GetString()!;
            var permissions = role.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()!).ToHashSet(StringComparer.Ordinal);
            if (execution.SiteSetUp && existing.TryGetValue(name, out var held)
                && (held.SetEquals(permissions) || !execution.Replaces(path, "the permissions of role " + name, List(held), List(permissions))))
            {
                continue;
            }

            await roles.SetAsync(name, permissions, cancellationToken);
        }
    }

    private static string List(IEnumerable<string> permissions) =>
        permissions.Any() ? string.Join(", ", permissions.Order(StringComparer.Ordinal)) : "none";
}
