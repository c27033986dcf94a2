package uk.nhs.workforce.platform;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * Who may reach what. The web apps keep their own login and sessions; {@code /engine-rest} is
 * guarded by Camunda's own HTTP Basic filter, so each call runs as its user under the engine's
 * authorizations; {@code /api} uses HTTP Basic against the same Camunda users, with their groups as
 * authorities. Only the health endpoint and the web apps' login pages are open.
 */
@Configuration
@EnableConfigurationProperties(AdminAccountSettings.class)
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        http
            .securityMatcher("/api/**")
            .authorizeHttpRequests(auth -> auth
                .requestMatchers("/api/rosters/consultants").hasAnyAuthority(Groups.CAMUNDA_ADMIN, Groups.MEDICAL_STAFFING)
                .requestMatchers("/api/rosters/**").hasAnyAuthority(Groups.CAMUNDA_ADMIN, Groups.SHA_HR)
                .anyRequest().authenticated())
            .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
            .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        http
            .authorizeHttpRequests(auth -> auth
                // the web apps (their own login and CSRF) and the engine REST API (Camunda's Basic filter below)
                .requestMatchers("/camunda/**", "/engine-rest/**", "/actuator/health/**", "/actuator/health",
                        "/", "/error", "/favicon.ico").permitAll()
                .anyRequest().denyAll())
            .csrf(csrf -> csrf.disable())
            .headers(h -> h.frameOptions(f -> f.sameOrigin()));
        return http.build();
    }

    @Bean
    AuthenticationProvider camundaUsers(IdentityService identity) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                String user = authentication.getName();
                String password = String.valueOf(authentication.getCredentials());
                if (!identity.checkPassword(user, password)) {
                    throw new BadCredentialsException("Unknown user or wrong password");
                }
                List<SimpleGrantedAuthority> groups = identity.createGroupQuery().groupMember(user).list().stream()
                        .map(Group::getId).map(SimpleGrantedAuthority::new).toList();
                return UsernamePasswordAuthenticationToken.authenticated(user, null, groups);
            }

            @Override
            public boolean supports(Class<?> type) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
            }
        };
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(Integer.MIN_VALUE + 100);
        return registration;
    }
}
