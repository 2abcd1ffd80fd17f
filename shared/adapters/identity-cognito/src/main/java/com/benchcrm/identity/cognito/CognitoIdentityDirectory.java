package com.benchcrm.identity.cognito;

import com.benchcrm.common.ConflictException;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.user.IdentityDirectory;
import com.benchcrm.user.User;
import com.benchcrm.user.UserStatus;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

/**
 * {@link IdentityDirectory} over Cognito's admin API, for the console's user pool (ADR 0060, 0061).
 * The Cognito user name is the e-mail address (the pool signs in by e-mail), so an address belongs
 * to one tenant in the pool: its {@code custom:tenant_id} cannot change.
 *
 * <ul>
 *   <li>invited: {@code AdminCreateUser} with {@code email} (verified), {@code name},
 *       {@code custom:tenant_id}, {@code custom:user_id} (Cognito mails the temporary password), then
 *       {@code AdminAddUserToGroup} with the role. A user who exists already in the same tenant is
 *       taken as is (the call may be repeated); in another tenant it is a 409 {@code duplicate}.</li>
 *   <li>role changed: added to the new role's group, removed from the old one.</li>
 *   <li>deactivated: {@code AdminDisableUser} and {@code AdminUserGlobalSignOut} (its refresh tokens
 *       stop working); reactivated: {@code AdminEnableUser}.</li>
 * </ul>
 *
 * <pre>{@code
 * IdentityDirectory identity = CognitoIdentityDirectory.create(userPoolId, region, Optional.empty());
 * }</pre>
 */
public final class CognitoIdentityDirectory implements IdentityDirectory {

    private final CognitoIdentityProviderClient cognito;
    private final String userPoolId;

    public CognitoIdentityDirectory(CognitoIdentityProviderClient cognito, String userPoolId) {
        this.cognito = cognito;
        this.userPoolId = userPoolId;
    }

    /** A client for the region (and an endpoint for tests), built once per process. */
    public static CognitoIdentityDirectory create(String userPoolId, String region, Optional<URI> endpoint) {
        var builder = CognitoIdentityProviderClient.builder()
                .region(Region.of(region))
                .httpClient(UrlConnectionHttpClient.create());
        endpoint.ifPresent(builder::endpointOverride);
        return new CognitoIdentityDirectory(builder.build(), userPoolId);
    }

    @Override
    public void invited(TenantId tenant, User user) {
        call(() -> {
            List<AttributeType> attributes = new ArrayList<>(List.of(
                    attr("email", user.email()), attr("email_verified", "true"),
                    attr("custom:tenant_id", tenant.toString()),
                            attr("custom:user_id", user.id().toString())));
            if (user.name() != null) {
                attributes.add(attr("name", user.name()));
            }
            try {
                cognito.adminCreateUser(b -> b.userPoolId(userPoolId)
                        .username(user.email())
                        .userAttributes(attributes)
                        .desiredDeliveryMediums(DeliveryMediumType.EMAIL));
            } catch (UsernameExistsException e) {
                String existingTenant =
                        cognito
                                .adminGetUser(b -> b.userPoolId(userPoolId).username(user.email()))
                                .userAttributes()
                                .stream()
                                .filter(a -> "custom:tenant_id".equals(a.name()))
                                .map(AttributeType::value)
                                .findFirst()
                                .orElse("");
                if (!existingTenant.equals(tenant.toString())) {
                    throw new ConflictException("duplicate", "this e-mail address signs in to another organization");
                }
            }
            cognito.adminAddUserToGroup(b -> b.userPoolId(userPoolId)
                    .username(user.email())
                    .groupName(user.role().name()));
        });
    }

    @Override
    public void changed(TenantId tenant, User before, User after) {
        call(() -> {
            String username = after.email();
            if (before.role() != after.role()) {
                cognito.adminAddUserToGroup(b -> b.userPoolId(userPoolId)
                        .username(username)
                        .groupName(after.role().name()));
                cognito.adminRemoveUserFromGroup(b -> b.userPoolId(userPoolId)
                        .username(username)
                        .groupName(before.role().name()));
            }
            if (before.status() != UserStatus.DEACTIVATED && after.status() == UserStatus.DEACTIVATED) {
                cognito.adminDisableUser(b -> b.userPoolId(userPoolId).username(username));
                cognito.adminUserGlobalSignOut(b -> b.userPoolId(userPoolId).username(username));
            } else if (before.status() == UserStatus.DEACTIVATED && after.status() != UserStatus.DEACTIVATED) {
                cognito.adminEnableUser(b -> b.userPoolId(userPoolId).username(username));
            }
        });
    }

    private static AttributeType attr(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }

    /** Cognito errors become {@link IdentityProviderException} (503): the user's write is rolled back. */
    private static void call(Runnable work) {
        try {
            work.run();
        } catch (UserNotFoundException e) {
            throw new IdentityProviderException(
                    "the user is not in the Cognito user pool; create it there or invite it again", e);
        } catch (SdkException e) {
            throw new IdentityProviderException(
                    "Cognito did not accept the change: " + e.getClass().getSimpleName(), e);
        }
    }
}
