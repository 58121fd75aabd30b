/**
 * Accounts and sign-in: who may do what. The public reads published material without an account;
 * editors import, edit and confirm; administrators also manage accounts. {@link
 * org.atlas1540.server.account.SecurityConfiguration} holds the rules for addresses (every change
 * needs an editor, {@code /admin/**} an administrator); controllers and queries ask {@link
 * org.atlas1540.server.account.Viewer} who is asking, to leave restricted material out for the
 * public. Passwords are kept as hashes; repeated failed sign-ins lock an account for a while.
 */
package org.atlas1540.server.account;
