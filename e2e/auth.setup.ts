import { expect, test as setup } from "@playwright/test";
import { DEMO_USERS, signIn, storageState, type DemoUser } from "./fixtures";

for (const user of Object.keys(DEMO_USERS) as DemoUser[]) {
  setup(`sign in as ${user}`, async ({ page }) => {
    await signIn(page, DEMO_USERS[user].username);
    await expect(page).toHaveURL(/\/admin$/);
    await page.context().storageState({ path: storageState(user) });
  });
}
