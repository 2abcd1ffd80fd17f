import { createContext, useContext, type ReactNode } from 'react';
import type { Auth, Session } from './auth';

interface AuthValue {
  auth: Auth;
  session: Session;
  ingestDomain: string;
}

const AuthContext = createContext<AuthValue | null>(null);

export function AuthProvider({ value, children }: { value: AuthValue; children: ReactNode }) {
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const v = useContext(AuthContext);
  if (!v) throw new Error('useAuth outside <AuthProvider>');
  return v;
}

/** Whether the signed-in user holds one of the roles (the API decides; this only hides buttons that would 403). */
export function useHasRole(...roles: string[]): boolean {
  const { session } = useAuth();
  return session.roles.some((r) => roles.includes(r));
}
