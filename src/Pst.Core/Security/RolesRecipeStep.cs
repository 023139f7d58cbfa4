using System.Text.Json;
using Pst.Core.Recipes;

namespace Pst.Core.Security;

/// <summary>
/// Recipe step <c>roles</c>: <c>{ "name": "roles", "roles": [ { "name": "Officer", "permissions": [ "admin.access" ] } ] }</c>.
/// Each listed role ends up with exactly the permissions given; roles not listed are left alone.
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
        foreach (var role in step.GetProperty("roles").EnumerateArray())
        {
            var permissions = role.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()!).ToHashSet(StringComparer.Ordinal);
            await roles.SetAsync(role.GetProperty("name").GetString()!, permissions, cancellationToken);
        }
    }
}
