package uk.nhs.workforce.platform;

import java.util.HashSet;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The application API ({@code /api}) follows the tenants (CONTRACT §2a): outside the caller's
 * tenants a report or a bulk action answers 403; administrators see every tenant. The engine filters
 * its own API and the web apps itself (tenant check); this is for what the application reads or
 * starts on its own account.
 */
@Component
public class TenantAccess {

    private final IdentityService identity;

    public TenantAccess(IdentityService identity) {
        this.identity = identity;
    }

    /** Refused (403, naming the tenant) unless the caller of this request is an administrator or a member of the tenant. */
    public void requireMember(String tenantId) {
        Authentication caller = caller();
        if (caller == null) {
            throw new Refused("no authenticated user: tenant " + tenantId + " is open to its members only");
        }
        if (isAdministrator(caller)) {
            return;
        }
        if (tenantId == null || !tenantsOf(caller.getName()).contains(tenantId)) {
            throw new Refused("user '" + caller.getName() + "' is not a member of the tenant "
                    + (tenantId == null ? "(none)" : tenantId) + ": only its members and administrators may see or act on its cases");
        }
    }

    /** The authenticated caller of this request, or null outside a request (start-up, the engine's own jobs). */
    Authentication caller() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a == null || !a.isAuthenticated() ? null : a;
    }

    static boolean isAdministrator(Authentication caller) {
        return caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(Groups.CAMUNDA_ADMIN::equals);
    }

    /** The tenants a user is a member of, directly or through a group. */
    Set<String> tenantsOf(String userId) {
        Set<String> ids = new HashSet<>();
        identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().forEach(t -> ids.add(t.getId()));
        return ids;
    }

    /** 403 with the reason in the answer's {@code message}. */
    public static class Refused extends ResponseStatusException {
        public Refused(String reason) {
            super(HttpStatus.FORBIDDEN, reason);
        }
    }
}
